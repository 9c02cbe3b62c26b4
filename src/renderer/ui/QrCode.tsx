import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `text`, drawn as SVG (sharp when printed), with an accessible label. */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (result) => live && setSvg(result),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (svg === null) return <div className="qr-placeholder" style={{ width: size, height: size }} aria-label={label} />;
  return <img className="qr-code" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} width={size} height={size} alt={label} />;
}
