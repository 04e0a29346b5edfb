import { useEffect, useState } from 'preact/hooks';

export interface PendingProps {
  /** What is happening, for screen readers and (after the delay) for everyone. */
  label: string;
  /** Quiet period before anything shows: fast reads should not flash a skeleton. */
  delayMs?: number;
}

/** A page skeleton that appears only if the wait outlasts `delayMs`. */
export function Pending({ label, delayMs = 150 }: PendingProps) {
  const [visible, setVisible] = useState(delayMs <= 0);
  useEffect(() => {
    if (visible) return;
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs, visible]);
  return (
    <section class="pending" role="status" aria-busy="true" aria-label={label}>
      {visible && (
        <>
          <p class="pending__label">{label}</p>
          <div class="skeleton" aria-hidden="true">
            <div class="skeleton__line skeleton__line--title" />
            <div class="skeleton__line skeleton__line--meta" />
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <div class="skeleton__line" key={i} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
