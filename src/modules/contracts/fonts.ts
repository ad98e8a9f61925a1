import { readFileSync } from 'node:fs';

/**
 * Noto Sans SC (SIL OFL) from @expo-google-fonts/noto-sans-sc: full TrueType files that pdfkit
 * embeds as subsets, so the Chinese text of a generated PDF is real, extractable text and a
 * one-page contract stays a few tens of KB (STACK-NOTES "Chinese in PDFs"). Read once per process.
 */

let regular: Buffer | null = null;
let bold: Buffer | null | undefined;

export function cjkRegularFont(): Buffer {
  regular ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  return regular;
}

/** The bold weight for headings, or null when the package ships without it (then regular is used). */
export function cjkBoldFont(): Buffer | null {
  if (bold === undefined) {
    try {
      bold = readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'));
    } catch {
      bold = null;
    }
  }
  return bold;
}
