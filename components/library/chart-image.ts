// The compare view's chart as files: the SVG as it is drawn (our own drawing, its text set by Preact as
// text, serialised with its namespace), or a PNG of it drawn on a white canvas at twice its size.

export const svgText = (svg: SVGSVGElement): string => new XMLSerializer().serializeToString(svg);

export async function pngOf(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const [width, height] = ['width', 'height'].map((a) => Number(svg.getAttribute(a)) || 1);
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
