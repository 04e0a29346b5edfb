import { useRef, useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/library';
import { errorMessage } from '@/utils/error-message';
import './export-panel.css';

/** Which articles an export takes. */
type Scope = 'one' | 'listed' | 'all';
type Format = 'markdown' | 'html' | 'epub';

const FORMAT_NAMES: Record<Format, string> = { markdown: 'Markdown', html: 'HTML', epub: 'EPUB' };

export interface ExportPanelProps {
  /** The selected row's article, for "This article". */
  current: SavedSummary | null;
  /** The articles the list shows now (a search or a site filter narrows them). */
  listed: SavedSummary[];
  /** How many articles the library holds. */
  total: number;
  /** After an import changed the library: read it again. */
  onImported: () => void;
  /** A result or a failure, in words, for the page's toast. */
  onMessage: (message: string, error?: boolean) => void;
}

/** The export code loads on first use only: the list paints without it. */
const load = () => import('@/utils/export/run');

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Export (one article, the listed ones, all) as Markdown, HTML or EPUB; back up as JSON; import a backup. */
export function ExportPanel({ current, listed, total, onImported, onMessage }: ExportPanelProps) {
  const [scope, setScope] = useState<Scope>('one');
  const [format, setFormat] = useState<Format>('markdown');
  const [busy, setBusy] = useState<string | null>(null);
  const [withImages, setWithImages] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const filtered = listed.length !== total;
  // A choice that no longer applies (no row selected, the filter cleared) falls back to the wider one.
  const effective: Scope =
    scope === 'one' && !current ? (filtered ? 'listed' : 'all') : scope === 'listed' && !filtered ? 'all' : scope;

  const run = async (label: string, work: () => Promise<string>) => {
    setBusy(label);
    try {
      onMessage(await work());
    } catch (error) {
      onMessage(`${label} failed: ${errorMessage(error)}`, true);
    } finally {
      setBusy(null);
    }
  };

  const exportNow = () =>
    run('Export', async () => {
      const { downloadFile, exportFile, exportImages, loadRecords } = await load();
      const ids = effective === 'all' ? 'all' : effective === 'one' ? [current!.id] : listed.map((s) => s.id);
      const records = await loadRecords(ids);
      downloadFile(exportFile(records, format, await exportImages(records, format)));
      const what = records.length === 1 ? `“${records[0].title}”` : plural(records.length, 'article');
      return `Exported ${what} as ${FORMAT_NAMES[format]}.`;
    });

  const backUp = () =>
    run('Backup', async () => {
      const { backupFile, downloadFile } = await load();
      const file = await backupFile(withImages);
      downloadFile(file);
      const images = withImages ? `, ${plural(file.images, 'stored image')}` : '';
      return `Backed up ${plural(file.count, 'article')}${images} and your settings.`;
    });

  const importFile = (file: File) =>
    run('Import', async () => {
      const { importBackup } = await load();
      let report;
      try {
        report = await importBackup(await file.text());
      } catch (error) {
        throw new Error(`${errorMessage(error)} Nothing in your library was changed.`, { cause: error });
      }
      onImported();
      const rejected = report.rejected.length ? `, ${report.rejected.length} rejected (${report.rejected[0].reason})` : '';
      return `Imported ${file.name}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged${rejected}.`;
    });

  return (
    <section class="export-panel" aria-label="Export and back up">
      <div class="export-panel__row">
        <label>
          Export{' '}
          <select value={effective} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as Scope)}>
            <option value="one" disabled={!current}>this article</option>
            {filtered && <option value="listed">the {plural(listed.length, 'listed article')}</option>}
            <option value="all">all {plural(total, 'article')}</option>
          </select>
        </label>
        <label>
          as{' '}
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as Format)}>
            {(Object.keys(FORMAT_NAMES) as Format[]).map((f) => <option key={f} value={f}>{FORMAT_NAMES[f]}</option>)}
          </select>
        </label>
        <button type="button" disabled={!!busy || total === 0 || (effective === 'listed' && !listed.length)} onClick={() => void exportNow()}>
          {busy === 'Export' ? 'Exporting…' : 'Export'}
        </button>
        <span class="export-panel__gap" />
        <button type="button" disabled={!!busy} onClick={() => void backUp()}>
          {busy === 'Backup' ? 'Backing up…' : 'Back up all (JSON)'}
        </button>
        <label>
          <input type="checkbox" checked={withImages} onChange={(e) => setWithImages((e.currentTarget as HTMLInputElement).checked)} />{' '}
          with images
        </label>
        <button type="button" disabled={!!busy} onClick={() => fileRef.current?.click()}>
          {busy === 'Import' ? 'Importing…' : 'Import backup…'}
        </button>
        <input
          ref={fileRef}
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </section>
  );
}
