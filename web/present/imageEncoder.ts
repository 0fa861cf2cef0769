/**
 * Map images as data URLs, encoded in a worker. Encoding a 2× page image (1640×1380) on the main
 * thread took 1.5-4.5 s a page in a briefing — longer than drawing the map — and blocked the next
 * page's drawing; `canvas.toBlob` is no better, as Chromium runs its encoder as an idle task behind
 * the map's frames. The pixels are read once (a CPU-backed canvas, ~0.1 s) and moved to the worker,
 * which compresses page N while the main thread draws page N+1.
 */
export interface EncodeRequest {
  id: number;
  width: number;
  height: number;
  pixels: ArrayBuffer;
  type: string;
  quality: number;
}

export type EncodeReply = { id: number; dataUrl: string; error?: undefined } | { id: number; error: string; dataUrl?: undefined };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (url: string) => void; reject: (error: Error) => void }>();

function encoder(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  worker = new Worker(new URL('./imageEncode.worker.ts', import.meta.url), { type: 'module', name: 'parktwin-image-encoder' });
  worker.onmessage = (event: MessageEvent<EncodeReply>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!waiting) return;
    if (event.data.error !== undefined) waiting.reject(new Error(`the image could not be encoded: ${event.data.error}`));
    else waiting.resolve(event.data.dataUrl);
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the image encoder stopped: ${event.message}`));
    pending.clear();
    worker = null;
  };
  return worker;
}

/** The canvas's pixels as a data URL of `type`, encoded off the main thread when the browser can. */
export function encodedDataUrl(canvas: HTMLCanvasElement, type = 'image/jpeg', quality = 0.9): Promise<string> {
  const target = encoder();
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!target || !context) return Promise.resolve(canvas.toDataURL(type, quality));
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: EncodeRequest = { id, width: canvas.width, height: canvas.height, pixels: data.buffer, type, quality };
    target.postMessage(request, [data.buffer]);
  });
}
