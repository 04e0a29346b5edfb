import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  /** Short headline: what happened. */
  title: string;
  /** What the user can do about it. */
  children?: ComponentChildren;
  /** Buttons or links offered to the user. */
  actions?: ComponentChildren;
  /** 'alert' for failures, 'status' for progress. */
  role?: 'alert' | 'status';
}

/** A full-width message for every state that is not an article. */
export function StatusMessage({ title, children, actions, role = 'status' }: StatusMessageProps) {
  return (
    <section class="status" role={role} aria-live="polite">
      <h1 class="status__title">{title}</h1>
      {children && <div class="status__body">{children}</div>}
      {actions && <div class="status__actions">{actions}</div>}
    </section>
  );
}
