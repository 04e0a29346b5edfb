import { highlightRuns } from '@/utils/highlight';

export interface HighlightProps {
  /** Text from the library (a stored title or excerpt): rendered as text only. */
  text: string;
  /** The index terms a search matched; words equal to one are marked. */
  terms: readonly string[];
}

/** Text with the searched words in <mark>, built from text nodes: never HTML from storage. */
export function Highlight({ text, terms }: HighlightProps) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightRuns(text, terms).map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : run.text))}
    </>
  );
}
