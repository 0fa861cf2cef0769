import { useEffect } from 'react';

/** Plots files dropped anywhere on the page open like ones chosen in the file picker. */
export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      // Several files at once: a .shp with its .shx, .dbf, .prj and .cpg.
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) void import('../import/openFiles.ts').then(({ openFiles }) => openFiles(files));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
