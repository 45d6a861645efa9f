/**
 * Chinese text in an English page that no lang="zh…" marks: a screen reader reads it with the English voice
 * and the browser may pick a Japanese glyph or font for it. Returns each such text, trimmed, in order.
 */
export function unmarkedChinese(root: Element): string[] {
  const han = /[\u3400-\u9fff]/;
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!han.test(text)) continue;
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
    if (!lang.startsWith('zh')) found.push(text.trim());
  }
  return found;
}
