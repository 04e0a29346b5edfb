// Lint: no way for page HTML into the DOM but the sanitiser (eslint-plugin-no-unsanitized).
// TypeScript is parsed by Babel's syntax-only plugin: typescript-eslint needs the
// TypeScript JavaScript API, which TypeScript 7 (the project's compiler) no longer ships.
import babelParser from '@babel/eslint-parser';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const parser = (isTSX) => ({
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, plugins: [['@babel/plugin-syntax-typescript', { isTSX }]] },
  },
});

const rules = {
  'no-unsanitized/method': 'error',
  'no-unsanitized/property': 'error',
};

export default [
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/**'] },
  { files: ['**/*.ts'], languageOptions: parser(false), plugins: { 'no-unsanitized': noUnsanitized }, rules },
  { files: ['**/*.tsx'], languageOptions: parser(true), plugins: { 'no-unsanitized': noUnsanitized }, rules },
];
