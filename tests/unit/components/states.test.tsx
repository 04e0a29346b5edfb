import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { Pending } from '@/components/Pending';
import { ErrorBoundary } from '@/components/ErrorBoundary';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Pending', () => {
  it('stays quiet for 150 ms, then shows what is happening', () => {
    vi.useFakeTimers();
    const { container } = render(<Pending label="Reading the page…" />);
    const status = container.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-label')).toBe('Reading the page…');
    act(() => void vi.advanceTimersByTime(149));
    expect(status.textContent).toBe('');
    expect(container.querySelector('.skeleton')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(container.querySelector('.pending__label')?.textContent).toBe('Reading the page…');
    expect(container.querySelector('.skeleton')).not.toBeNull();
  });
});

function Broken(): never {
  throw new Error('render failed');
}

describe('ErrorBoundary', () => {
  it('turns a render error into an alert with a way to try again', () => {
    const onRetry = vi.fn();
    const { container } = render(
      <ErrorBoundary onRetry={onRetry}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = container.querySelector('.status[role=alert]')!;
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('render failed');
    fireEvent.click(container.querySelector('.status button')!);
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('renders its children when nothing throws', () => {
    const { container } = render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(container.textContent).toBe('fine');
  });
});
