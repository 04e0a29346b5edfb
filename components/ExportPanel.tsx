import { useRef, useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/library';
import { errorMessage } from '@/utils/error-message';
import { t, tn, uiNumber, type MessageKey } from '@/utils/i18n';
import './export-panel.css';

/** Which articles an export takes. */
type Scope = 'one' | 'listed' | 'all';
type Format = 'markdown' | 'html' | 'epub';
/** The panel's three jobs, one at a time. */
type Job = 'export' | 'backup' | 'import';

/** A failed job's message, "Export failed: …" (a whole sentence a job, for word order). */
const FAILED: Record<Job, MessageKey> = { export: 'exportFailed', backup: 'backupFailed', import: 'importFailed' };

// The formats' own names, the same in every language.
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

/** Export (one article, the listed ones, all) as Markdown, HTML or EPUB; back up as JSON; import a backup. */
export function ExportPanel({ current, listed, total, onImported, onMessage }: ExportPanelProps) {
  const [scope, setScope] = useState<Scope>('one');
  const [format, setFormat] = useState<Format>('markdown');
  const [busy, setBusy] = useState<Job | null>(null);
  const [withImages, setWithImages] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const filtered = listed.length !== total;
  // A choice that no longer applies (no row selected, the filter cleared) falls back to the wider one.
  const effective: Scope =
    scope === 'one' && !current ? (filtered ? 'listed' : 'all') : scope === 'listed' && !filtered ? 'all' : scope;

  /** Runs a job; its result is said in the toast (`error`: shown as a failure, e.g. an import that stopped halfway). */
  const run = async (job: Job, work: () => Promise<string | { message: string; error: true }>) => {
    setBusy(job);
    try {
      const said = await work();
      if (typeof said === 'string') onMessage(said);
      else onMessage(said.message, true);
    } catch (error) {
      onMessage(t(FAILED[job], errorMessage(error)), true);
    } finally {
      setBusy(null);
    }
  };

  const exportNow = () =>
    run('export', async () => {
      const { downloadFile, exportFile, exportImages, loadRecords } = await load();
      const ids = effective === 'all' ? 'all' : effective === 'one' ? [current!.id] : listed.map((s) => s.id);
      const records = await loadRecords(ids);
      downloadFile(exportFile(records, format, await exportImages(records, format)));
      return records.length === 1
        ? t('exportedOne', records[0].title, FORMAT_NAMES[format])
        : tn('exported', records.length, FORMAT_NAMES[format]);
    });

  const backUp = () =>
    run('backup', async () => {
      const { backupFile, downloadFile } = await load();
      const file = await backupFile(withImages);
      downloadFile(file);
      return withImages
        ? t('backedUpWithImages', tn('articleCount', file.count), tn('storedImageCount', file.images))
        : t('backedUp', tn('articleCount', file.count));
    });

  const importFile = (file: File) =>
    run('import', async () => {
      const { backupText, importBackup } = await load();
      // Their failures say what was changed: nothing, for an unreadable or refused file or a failed merge.
      const report = await importBackup(await backupText(file));
      onImported();
      const counts = [report.added, report.updated, report.unchanged].map(uiNumber);
      const said = report.rejected.length
        ? t('importedWithRejected', file.name, ...counts, uiNumber(report.rejected.length), report.rejected[0].reason)
        : t('imported', file.name, ...counts);
      if (report.laterFailure) return { message: `${said} ${t('importLaterFailed', report.laterFailure)}`, error: true as const };
      return report.imagesNeedAccess ? `${said} ${t('importImagesNeedAccess')}` : said;
    });

  return (
    <section class="export-panel" aria-label={t('exportPanelLabel')}>
      <div class="export-panel__row">
        <label>
          {t('exportScopeLabel')}{' '}
          <select value={effective} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as Scope)}>
            <option value="one" disabled={!current}>{t('exportScopeOne')}</option>
            {filtered && <option value="listed">{tn('exportScopeListed', listed.length)}</option>}
            <option value="all">{tn('exportScopeAll', total)}</option>
          </select>
        </label>
        <label>
          {t('exportFormatLabel')}{' '}
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as Format)}>
            {(Object.keys(FORMAT_NAMES) as Format[]).map((f) => <option key={f} value={f}>{FORMAT_NAMES[f]}</option>)}
          </select>
        </label>
        <button type="button" disabled={!!busy || total === 0 || (effective === 'listed' && !listed.length)} onClick={() => void exportNow()}>
          {busy === 'export' ? t('exporting') : t('exportButton')}
        </button>
        <span class="export-panel__gap" />
        <button type="button" disabled={!!busy} onClick={() => void backUp()}>
          {busy === 'backup' ? t('backingUp') : t('backUpAll')}
        </button>
        <label>
          <input type="checkbox" checked={withImages} onChange={(e) => setWithImages((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {t('backupWithImages')}
        </label>
        <button type="button" disabled={!!busy} onClick={() => fileRef.current?.click()}>
          {busy === 'import' ? t('importing') : t('importBackup')}
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
