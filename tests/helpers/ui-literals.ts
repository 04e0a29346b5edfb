/**
 * Finds user-visible string literals in TSX/TS sources: JSX text, literals
 * in user-visible attributes and props, literals reaching known UI sinks.
 * Parsed with Babel's TypeScript syntax plugin, the parser the lint uses
 * (TypeScript 7 ships no JavaScript compiler API).
 */
import { parseSync } from '@babel/core';

/** One literal a user would read, where it sits. */
export interface Finding {
  file: string;
  line: number;
  /** What kind of place: jsx-text, attribute name, sink name. */
  where: string;
  text: string;
}

/** Attributes and component props whose value a user reads or hears. */
const UI_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder',
  'title', 'placeholder', 'alt', 'label', 'legend', 'message', 'hint', 'notice', 'text', 'description', 'confirmText',
]);
/** Functions whose string arguments a user reads. */
const UI_CALLS = new Set(['confirm', 'alert', 'prompt', 'setNotice', 'setMessage', 'setError', 'setTitle', 'showNotice']);
/** Object properties and assigned members that carry text for a user. */
const UI_PROPERTIES = new Set(['message', 'title', 'textContent', 'label', 'notice', 'detail', 'summary', 'hint', 'text']);
/** Calls whose arguments are message keys or code, never shown text. */
const KEY_CALLS = new Set(['t', 'tn', 'getMessage']);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

type Node = { type: string; loc?: { start: { line: number } } } & Record<string, unknown>;

/** Two words with a space between. */
const TWO_WORDS = /\p{L}[\p{L}’',]*\s+[\p{L}“(]/u;
/** How text for people starts or ends (a capital, a full stop); selectors, rel values and CSP lists do neither. */
const PROSE_EDGE = /^\s*[\p{Lu}“(]|[.!?…]\s*$/u;

/** Prose: two words or more that start or end like a sentence, or one capitalised word; never CSS. */
function isProse(text: string): boolean {
  if (/[{}]/.test(text)) return false;
  return (TWO_WORDS.test(text) && PROSE_EDGE.test(text)) || WORD.test(text);
}

/**
 * The parts of a literal a reader would see: all of it, or for a piece of
 * HTML the text between its tags (a template piece may start inside a tag).
 */
function textSegments(text: string): string[] {
  if (!/[<>]/.test(text)) return [text.trim()];
  const outside = /^[^<]*>/.test(text) ? text.slice(text.indexOf('>') + 1) : text;
  return outside.split(/<[^>]*>?/).map((part) => part.trim()).filter(Boolean);
}
/** One capitalised word ("Light", "Untitled"): a label, unless it is an identifier such as a key or error name. */
const WORD = /^\s*\p{Lu}\p{Ll}+[.…:!?]?\s*$/u;
const hasLetter = (text: string) => /\p{L}/u.test(text);
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key.endsWith('Comments')) continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

function calleeName(node: Node): string | null {
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && (callee.property as Node).type === 'Identifier') {
    return (callee.property as Node).name as string;
  }
  return null;
}

function propertyName(node: Node): string | null {
  const key = (node.key ?? node.property) as Node | undefined;
  if (!key) return null;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'StringLiteral') return key.value as string;
  return null;
}

/** Every piece of text a literal expression can yield: strings, template parts, both arms of ?: and ||. */
function literalTexts(node: Node): Array<{ node: Node; text: string }> {
  switch (node.type) {
    case 'StringLiteral':
      return [{ node, text: node.value as string }];
    case 'TemplateLiteral':
      return (node.quasis as Node[]).map((q) => ({ node: q, text: (q.value as { cooked: string }).cooked }));
    case 'ConditionalExpression':
      return [...literalTexts(node.consequent as Node), ...literalTexts(node.alternate as Node)];
    case 'LogicalExpression':
      return [...literalTexts(node.left as Node), ...literalTexts(node.right as Node)];
    case 'BinaryExpression':
      return node.operator === '+' ? [...literalTexts(node.left as Node), ...literalTexts(node.right as Node)] : [];
    case 'TSAsExpression':
    case 'ParenthesizedExpression':
      return literalTexts(node.expression as Node);
    default:
      return [];
  }
}

/** The user-visible literals in one source file. */
export function findUiLiterals(file: string, source: string, keys: ReadonlySet<string> = new Set()): Finding[] {
  const ast = parseSync(source, {
    filename: file,
    babelrc: false,
    configFile: false,
    plugins: [['@babel/plugin-syntax-typescript', { isTSX: file.endsWith('.tsx') }]],
  }) as unknown as Node;
  const findings: Finding[] = [];
  const report = (where: string, expression: Node) => {
    for (const { node, text } of literalTexts(expression)) {
      if (hasLetter(text) && !keys.has(text)) findings.push({ file, line: node.loc?.start.line ?? 0, where, text: text.trim() });
    }
  };

  /** Literals inside a `{…}` JSX child: everything but message keys and nested JSX (visited on its own). */
  const inChild = (node: Node) => {
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') return visit(node);
    if (node.type === 'BinaryExpression' && COMPARISONS.has(node.operator as string)) return;
    if (node.type === 'CallExpression' && KEY_CALLS.has(calleeName(node) ?? '')) return;
    if (node.type === 'StringLiteral' || node.type === 'TemplateLiteral') report('jsx-expression', node);
    if (node.type === 'JSXAttribute') return visit(node);
    for (const child of children(node)) inChild(child);
  };

  const visit = (node: Node): void => {
    switch (node.type) {
      case 'JSXText': {
        const text = (node.value as string).trim();
        if (hasLetter(text)) findings.push({ file, line: node.loc?.start.line ?? 0, where: 'jsx-text', text });
        return;
      }
      case 'JSXExpressionContainer':
        return inChild(node.expression as Node);
      case 'JSXAttribute': {
        const name = (node.name as Node).name as string;
        const value = node.value as Node | null;
        if (value && UI_ATTRIBUTES.has(name)) {
          report(name, value.type === 'JSXExpressionContainer' ? (value.expression as Node) : value);
        }
        if (value?.type === 'JSXExpressionContainer') visitCode(value.expression as Node);
        return;
      }
      case 'CallExpression': {
        const name = calleeName(node) ?? '';
        if (KEY_CALLS.has(name)) return;
        if (UI_CALLS.has(name)) for (const arg of node.arguments as Node[]) report(`${name}()`, arg);
        break;
      }
      case 'ObjectProperty': {
        const name = propertyName(node);
        if (name && UI_PROPERTIES.has(name)) report(`${name}:`, node.value as Node);
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        const name = left.type === 'MemberExpression' ? propertyName(left) : null;
        if (name && UI_PROPERTIES.has(name)) report(`.${name} =`, node.right as Node);
        break;
      }
    }
    for (const child of children(node)) visit(child);
  };
  /** Attribute values that are code (classes, ids, URLs), never read. */
  const visitCode = (node: Node) => visit(node);
  /** Sentences anywhere else: a literal of two words or more that is not a class list or selector. */
  const prose = (node: Node): void => {
    if (node.type === 'CallExpression' && KEY_CALLS.has(calleeName(node) ?? '')) return;
    if (node.type === 'CallExpression' && (node.callee as Node).type === 'MemberExpression' && ((node.callee as Node).object as Node).name === 'console') return;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' && node.source || node.type === 'ExportAllDeclaration') return;
    if (node.type === 'JSXAttribute' && !UI_ATTRIBUTES.has((node.name as Node).name as string)) return;
    if (node.type === 'TSLiteralType' || node.type === 'TSTypeAnnotation' || node.type === 'TSTypeAliasDeclaration' || node.type === 'TSInterfaceDeclaration') return;
    if (node.type === 'StringLiteral' || node.type === 'TemplateElement') {
      const text = node.type === 'StringLiteral' ? (node.value as string) : (node.value as { cooked: string }).cooked;
      const line = node.loc?.start.line ?? 0;
      for (const segment of textSegments(text)) {
        if (keys.has(segment) || findings.some((f) => f.line === line && f.text === segment)) continue;
        if (isProse(segment)) findings.push({ file, line, where: 'sentence', text: segment });
      }
    }
    for (const child of children(node)) prose(child);
  };
  visit(ast);
  prose(ast);
  return findings;
}
