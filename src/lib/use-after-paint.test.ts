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
    const { result, rerender } = renderHook(({ key, when }) => useAfterPaint(key, when, { maxWaitMs: 1500 }), { initialProps: { key: 'a', when: false } });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(false);
    rerender({ key: 'a', when: true });
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(true);
    rerender({ key: 'b', when: false });
    expect(result.current).toBe(false);
  });

  it('goes ahead after maxWaitMs when `when` never holds', () => {
    const { result } = renderHook(() => useAfterPaint('a', false, { maxWaitMs: 1000 }));
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

  it('runs the steps to prepare one per task after the paint, then turns true', () => {
    const done: string[] = [];
    const prepare = [() => done.push('years'), () => done.push('rows'), () => done.push('entries')];
    const { result } = renderHook(() => useAfterPaint('a', true, { prepare }));
    expect(done).toEqual([]);
    // The frame, then the first step's task.
    act(() => vi.advanceTimersByTime(16));
    act(() => vi.advanceTimersToNextTimer());
    expect(done).toEqual(['years']);
    expect(result.current).toBe(false);
    act(() => vi.runAllTimers());
    expect(done).toEqual(['years', 'rows', 'entries']);
    expect(result.current).toBe(true);
  });

  it('drops the steps not yet run when the key changes', () => {
    const done: string[] = [];
    const { result, rerender } = renderHook(({ key }) => useAfterPaint(key, true, { prepare: [() => done.push(`${key} 1`), () => done.push(`${key} 2`)] }), {
      initialProps: { key: 'a' },
    });
    act(() => vi.advanceTimersByTime(16));
    act(() => vi.advanceTimersToNextTimer());
    expect(done).toEqual(['a 1']);
    rerender({ key: 'b' });
    act(() => vi.runAllTimers());
    expect(done).toEqual(['a 1', 'b 1', 'b 2']);
    expect(result.current).toBe(true);
  });
});
