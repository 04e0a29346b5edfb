import type { ListedRow } from '@/utils/library-view';
import { t } from '@/utils/i18n';
import { LibraryItem } from './LibraryItem';
import { VirtualList } from './VirtualList';

export interface LibraryListProps {
  rows: readonly ListedRow[];
  /** Index of the keyboard's current row. */
  selected: number;
  /** Bumped by each keyboard move: the selected row takes focus (0: focus stays where it is). */
  focusTick: number;
  /** Re-measure rows when this changes (text size, font). */
  measureKey?: string;
  initialScrollTop?: number;
  onScroll?: (scrollTop: number) => void;
  onSelect: (index: number) => void;
  onToggleRead: (index: number) => void;
  onDelete: (index: number) => void;
}

/** The saved articles, windowed: only the rows on screen are rendered. */
export function LibraryList({
  rows, selected, focusTick, measureKey, initialScrollTop, onScroll, onSelect, onToggleRead, onDelete,
}: LibraryListProps) {
  return (
    <VirtualList
      count={rows.length}
      label={t('savedArticles')}
      rowKey={(index) => rows[index].summary.id}
      rowClass={(index) =>
        `library-row${index === selected ? ' library-row--selected' : ''}${rows[index].summary.read ? ' library-row--read' : ''}`}
      activeIndex={selected}
      measureKey={measureKey}
      initialScrollTop={initialScrollTop}
      onScroll={onScroll}
      renderRow={(index) => (
        <LibraryItem
          summary={rows[index].summary}
          terms={rows[index].terms}
          selected={index === selected}
          focus={index === selected ? focusTick : 0}
          onSelect={() => onSelect(index)}
          onToggleRead={() => onToggleRead(index)}
          onDelete={() => onDelete(index)}
        />
      )}
    />
  );
}
