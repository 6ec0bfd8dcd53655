import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOAST_MS, ToastProvider, useToasts } from '../../renderer/components/Toasts';
import { createI18n } from '../../renderer/i18n';

function Trigger() {
  const toasts = useToasts();
  return (
    <button
      type="button"
      onClick={() => toasts.show({ message: 'Deleted.', action: { label: 'Undo', run: () => undefined } })}
    >
      show
    </button>
  );
}

function renderToasts() {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <ToastProvider>
        <Trigger />
      </ToastProvider>
    </I18nextProvider>,
  );
}

describe('toasts', () => {
  afterEach(() => vi.useRealTimers());

  it('leave after about ten seconds, but not while the pointer is on them', () => {
    vi.useFakeTimers();
    renderToasts();
    fireEvent.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.getByTestId('toast').textContent).toContain('Deleted.');
    act(() => vi.advanceTimersByTime(TOAST_MS - 100));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    fireEvent.mouseEnter(screen.getByTestId('toast'));
    act(() => vi.advanceTimersByTime(TOAST_MS * 3));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    fireEvent.mouseLeave(screen.getByTestId('toast'));
    act(() => vi.advanceTimersByTime(TOAST_MS));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('can be dismissed by hand', () => {
    renderToasts();
    fireEvent.click(screen.getByRole('button', { name: 'show' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notification' }));
    expect(screen.queryByTestId('toast')).toBeNull();
  });
});
