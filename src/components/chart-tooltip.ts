import { useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';

/**
 * The charts' tooltip: a small HTML box driven by ECharts' mouse events,
 * instead of ECharts' TooltipComponent and axis pointer (docs/scale.md,
 * "Bundle budget"). It shows what ECharts' item tooltip showed: the series
 * name, then a colour marker, the item's name (the category: a
 * jurisdiction, a year or an indicator) and its value with grouped digits.
 * Text only: every string goes in through textContent, never as HTML.
 * A touch shows it like a hover (zrender turns a tap into a mouse move);
 * it goes away when the pointer leaves the item or the chart, on a tap or
 * click outside the chart, and on Escape.
 */
export interface TooltipContent {
  /** The series name (a year, a jurisdiction), or null when ECharts generated it. */
  header: string | null;
  name: string;
  value: string;
  color: string | null;
}

/** What ECharts passes to a mouse event handler on a series item (the fields used here). */
export interface ChartMouseParams {
  componentType?: string;
  seriesName?: string;
  name?: string;
  value?: unknown;
  color?: unknown;
  /** The zrender event: offsetX/offsetY are relative to the chart's box. */
  event?: { offsetX?: number; offsetY?: number };
}

/** Digits grouped in threes, decimals kept as they are: 12345.67 → "12,345.67" (ECharts' addCommas). */
export function groupDigits(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

/** The tooltip for a hovered item, or null for anything else (an axis, empty space, a gap in a line). */
export function tooltipContent(params: ChartMouseParams): TooltipContent | null {
  if (params.componentType !== 'series') return null;
  // A line point's value is [year, value]: the value is its last number.
  const value: unknown = Array.isArray(params.value) ? params.value.filter((v) => typeof v === 'number').at(-1) : params.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const seriesName = params.seriesName ?? '';
  // ECharts names an unnamed series "series\0<index>": not for readers.
  const header = seriesName.trim() && !seriesName.includes('\0') ? seriesName : null;
  return { header, name: params.name ?? '', value: groupDigits(value), color: typeof params.color === 'string' ? params.color : null };
}

export const TOOLTIP_OFFSET = 14;

/**
 * Where the tooltip goes: below right of the pointer, flipped to the left or
 * above when it would leave the chart's box, and never off its top or left.
 */
export function placeTooltip(
  pointer: { x: number; y: number },
  size: { width: number; height: number },
  box: { width: number; height: number },
): { left: number; top: number } {
  let left = pointer.x + TOOLTIP_OFFSET;
  if (left + size.width > box.width) left = pointer.x - TOOLTIP_OFFSET - size.width;
  let top = pointer.y + TOOLTIP_OFFSET;
  if (top + size.height > box.height) top = pointer.y - TOOLTIP_OFFSET - size.height;
  return { left: Math.max(0, left), top: Math.max(0, top) };
}

/** Fills the tooltip element with the content, as text. */
export function renderTooltip(element: HTMLElement, content: TooltipContent): void {
  const doc = element.ownerDocument;
  const nodes: HTMLElement[] = [];
  if (content.header) {
    const header = doc.createElement('div');
    header.textContent = content.header;
    nodes.push(header);
  }
  const row = doc.createElement('div');
  const marker = doc.createElement('span');
  marker.style.cssText = 'display:inline-block;width:0.65em;height:0.65em;border-radius:50%;margin-right:0.4em';
  marker.style.background = content.color ?? 'currentColor';
  const name = doc.createElement('span');
  name.textContent = content.name;
  const value = doc.createElement('strong');
  value.textContent = content.value;
  value.style.marginLeft = '1.25em';
  row.append(marker, name, value);
  nodes.push(row);
  element.replaceChildren(...nodes);
  element.style.borderColor = content.color ?? '';
}

/** The box's look; its position and visibility are set as the pointer moves. */
export const TOOLTIP_STYLE: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  zIndex: 2,
  pointerEvents: 'none',
  whiteSpace: 'nowrap',
  background: 'var(--paper, #ffffff)',
  color: 'var(--ink, #1a1a1a)',
  border: '1px solid var(--line, #d5dae1)',
  borderRadius: 4,
  padding: '0.4em 0.65em',
  fontSize: '0.875rem',
  lineHeight: 1.5,
  boxShadow: '0 1px 6px rgba(0, 0, 0, 0.2)',
};

/** The box that holds the chart and its tooltip: the tooltip is positioned inside it. */
export const TOOLTIP_HOST_STYLE: CSSProperties = { position: 'relative' };

type Handler = (params: ChartMouseParams) => void;

/**
 * Wires the tooltip to a chart: `events` are bound to the chart's instance,
 * `setElement` is the (callback) ref of an element styled with TOOLTIP_STYLE
 * inside a TOOLTIP_HOST_STYLE box that also holds the chart. The tooltip hides when `option` changes
 * (the item under it may be gone).
 */
export function useChartTooltip(option: unknown): { setElement: (element: HTMLDivElement | null) => void; events: Record<'mousemove' | 'mouseout' | 'globalout', Handler> } {
  const ref = useRef<HTMLDivElement | null>(null);
  const setElement = useCallback((element: HTMLDivElement | null) => {
    ref.current = element;
  }, []);
  const shownKey = useRef<string | null>(null);
  const events = useMemo(() => {
    const hide: Handler = () => {
      shownKey.current = null;
      if (ref.current) ref.current.hidden = true;
    };
    const move: Handler = (params) => {
      const tip = ref.current;
      const content = tooltipContent(params);
      if (!tip || !content) return hide(params);
      const key = JSON.stringify(content);
      if (shownKey.current !== key) {
        renderTooltip(tip, content);
        shownKey.current = key;
      }
      tip.hidden = false;
      const box = tip.parentElement;
      const place = placeTooltip(
        { x: params.event?.offsetX ?? 0, y: params.event?.offsetY ?? 0 },
        { width: tip.offsetWidth, height: tip.offsetHeight },
        { width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 },
      );
      tip.style.left = `${place.left}px`;
      tip.style.top = `${place.top}px`;
    };
    return { mousemove: move, mouseout: hide, globalout: hide } satisfies Record<string, Handler>;
  }, []);

  useEffect(() => {
    const hide = events.globalout;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide({});
    };
    const onPointer = (e: PointerEvent) => {
      const host = ref.current?.parentElement;
      if (host && !host.contains(e.target as Node)) hide({});
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [events]);
  useEffect(() => events.globalout({}), [events, option]);

  return { setElement, events };
}
