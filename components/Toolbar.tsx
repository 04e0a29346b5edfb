import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { SHORTCUT_KEYS } from '@/utils/shortcuts';
import { CaptionSwitch } from './CaptionSwitch';
import { SettingsPanel } from './SettingsPanel';

export interface ToolbarProps {
  settings: Settings;
  galleryCount: number;
  onChange: (patch: Partial<Settings>) => void;
  /** Present in the popup only: opens the article in a reader tab. */
  onOpenTab?: () => void;
  /** The reader tab's way to the saved articles (library.html); the popup has its own. */
  libraryHref?: string;
  /** Whether the settings panel starts open (tests, screenshots). */
  initiallyOpen?: boolean;
  /** More buttons for the bar (the popup's Save). */
  actions?: ComponentChildren;
  /** A line under the bar (the popup's "Saved" notice). */
  notice?: ComponentChildren;
}

/** The controls above the article: captions, reading settings and, in the popup, the tab reader. */
export function Toolbar({
  settings,
  galleryCount,
  onChange,
  onOpenTab,
  libraryHref,
  initiallyOpen = false,
  actions,
  notice,
}: ToolbarProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class="toolbar-wrap">
      <div class="toolbar">
        <CaptionSwitch
          checked={settings.showCaptions}
          galleryCount={galleryCount}
          onToggle={() => onChange({ showCaptions: !settings.showCaptions })}
        />
        <span class="toolbar__spacer" />
        {libraryHref && (
          <a class="toolbar__library" href={libraryHref}>
            {t('openLibrary')}
          </a>
        )}
        <button
          type="button"
          class="toolbar__settings"
          aria-expanded={open}
          aria-controls="settings"
          title={t('readingSettingsTitle')}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">Aa</span>
          <span class="visually-hidden">{t('readingSettings')}</span>
        </button>
        {actions}
        {onOpenTab && (
          <button type="button" class="toolbar__tab" title={t('openInTabTitle', SHORTCUT_KEYS.tab)} onClick={onOpenTab}>
            {t('openInTab')}
          </button>
        )}
      </div>
      {notice}
      {open && <SettingsPanel settings={settings} onChange={onChange} />}
    </div>
  );
}
