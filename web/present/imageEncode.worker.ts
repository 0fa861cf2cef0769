/// <reference lib="webworker" />
// Encodes a briefing page's map image off the main thread, so the next page's map is drawn while
// this one is compressed (see imageEncoder.ts).
import type { EncodeReply, EncodeRequest } from './imageEncoder.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncodeRequest>) => {
  const { id, width, height, pixels, type, quality } = event.data;
  try {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
    const blob = await canvas.convertToBlob({ type, quality });
    const reply: EncodeReply = { id, dataUrl: new FileReaderSync().readAsDataURL(blob) };
    scope.postMessage(reply);
  } catch (error) {
    const reply: EncodeReply = { id, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(reply);
  }
};
