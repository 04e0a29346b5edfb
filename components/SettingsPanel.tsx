import { t, uiNumber } from '@/utils/i18n';
import { FONTS, THEMES, WIDTHS, TEXT_SIZES, stepTextSize, type Settings, type Width } from '@/utils/settings';

export interface SettingsPanelProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** The choices' names in the UI language (functions: messages are read at render, not at import). */
const themeLabels = (): Record<Settings['theme'], string> => ({
  auto: t('themeSystem'), light: t('themeLight'), dark: t('themeDark'), sepia: t('themeSepia'),
});
const fontLabels = (): Record<Settings['font'], string> => ({ serif: t('fontSerif'), sans: t('fontSans') });
const widthLabels = (): Record<Width, string> => ({ narrow: t('widthNarrow'), medium: t('widthMedium'), wide: t('widthWide') });

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onPick: (value: T) => void;
}

/** A group of radio buttons: arrow keys move between them, as people expect. */
function Choice<T extends string>({ legend, name, options, labels, value, onPick }: ChoiceProps<T>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="choice__option" data-value={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onPick(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

/** Theme, typeface, text size and line length, like Firefox Reader View's "Aa" menu. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const sizes = TEXT_SIZES as readonly number[];
  return (
    <div class="settings" id="settings" role="group" aria-label={t('readingSettings')}>
      <Choice legend={t('settingTheme')} name="theme" options={THEMES} labels={themeLabels()} value={settings.theme} onPick={(theme) => onChange({ theme })} />
      <Choice legend={t('settingFont')} name="font" options={FONTS} labels={fontLabels()} value={settings.font} onPick={(font) => onChange({ font })} />
      <fieldset class="choice">
        <legend>{t('settingTextSize')}</legend>
        <button
          type="button"
          class="size-down"
          disabled={settings.textSize <= sizes[0]}
          onClick={() => onChange({ textSize: stepTextSize(settings.textSize, -1) })}
        >
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">{t('textSmaller')}</span>
        </button>
        <output class="settings__size" aria-live="polite">{t('textSizePixels', uiNumber(settings.textSize))}</output>
        <button
          type="button"
          class="size-up"
          disabled={settings.textSize >= sizes[sizes.length - 1]}
          onClick={() => onChange({ textSize: stepTextSize(settings.textSize, 1) })}
        >
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">{t('textLarger')}</span>
        </button>
      </fieldset>
      <Choice
        legend={t('settingLineLength')}
        name="width"
        options={Object.keys(WIDTHS) as Width[]}
        labels={widthLabels()}
        value={settings.width}
        onPick={(width) => onChange({ width })}
      />
    </div>
  );
}
