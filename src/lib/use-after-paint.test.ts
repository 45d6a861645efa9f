import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

describe('useAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is false on the first render and true once a frame has been painted', () => {
    const { result } = renderHook(() => useAfterPaint('a'));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(true);
  });

  it('waits for `when`, and starts over for a new key', () => {
    const { result, rerender } = renderHook(({ key, when }) => useAfterPaint(key, when, 1500), { initialProps: { key: 'a', when: false } });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(false);
    rerender({ key: 'a', when: true });
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(true);
    rerender({ key: 'b', when: false });
    expect(result.current).toBe(false);
  });

  it('goes ahead after maxWaitMs when `when` never holds', () => {
    const { result } = renderHook(() => useAfterPaint('a', false, 1000));
    act(() => vi.advanceTimersByTime(900));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(true);
  });

  it('never paints a null key (nothing to show yet)', () => {
    const { result, rerender } = renderHook(({ key }: { key: string | null }) => useAfterPaint(key), { initialProps: { key: null } as { key: string | null } });
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(false);
    rerender({ key: 'a' });
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(true);
  });
});
