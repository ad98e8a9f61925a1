import type { TextLanguage } from './types';

/**
 * Chinese when CJK ideographs outweigh Latin words. One ideograph is counted as one word and a
 * Latin word as about five letters, so a Chinese contract quoting "APP" or a URL stays Chinese
 * and an English contract naming "张三" stays English.
 */
export function detectLanguage(text: string): TextLanguage {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk > 0 && cjk * 5 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}
