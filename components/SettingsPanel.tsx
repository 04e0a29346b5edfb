import { FONTS, THEMES, WIDTHS, TEXT_SIZES, stepTextSize, type Settings, type Width } from '@/utils/settings';

export interface SettingsPanelProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const THEME_LABELS: Record<Settings['theme'], string> = { auto: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_LABELS: Record<Settings['font'], string> = { serif: 'Serif', sans: 'Sans-serif' };
const WIDTH_LABELS: Record<Width, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

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
    <div class="settings" id="settings" role="group" aria-label="Reading settings">
      <Choice legend="Theme" name="theme" options={THEMES} labels={THEME_LABELS} value={settings.theme} onPick={(theme) => onChange({ theme })} />
      <Choice legend="Font" name="font" options={FONTS} labels={FONT_LABELS} value={settings.font} onPick={(font) => onChange({ font })} />
      <fieldset class="choice">
        <legend>Text size</legend>
        <button
          type="button"
          class="size-down"
          disabled={settings.textSize <= sizes[0]}
          onClick={() => onChange({ textSize: stepTextSize(settings.textSize, -1) })}
        >
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">Smaller text</span>
        </button>
        <output class="settings__size" aria-live="polite">{settings.textSize}px</output>
        <button
          type="button"
          class="size-up"
          disabled={settings.textSize >= sizes[sizes.length - 1]}
          onClick={() => onChange({ textSize: stepTextSize(settings.textSize, 1) })}
        >
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">Larger text</span>
        </button>
      </fieldset>
      <Choice
        legend="Line length"
        name="width"
        options={Object.keys(WIDTHS) as Width[]}
        labels={WIDTH_LABELS}
        value={settings.width}
        onPick={(width) => onChange({ width })}
      />
    </div>
  );
}
