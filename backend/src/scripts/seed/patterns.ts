/**
 * Draws batik-like SVG images on the machine, so demo products have pictures without
 * downloading anything. Deterministic: the same seed always draws the same cloth.
 */
export type Palette = { ground: string; ink: string; accent: string; light: string }

export const PALETTES: Record<string, Palette> = {
  indigo: { ground: "#1f2f5c", ink: "#0d1630", accent: "#8fa8d8", light: "#e9eef8" },
  soga: { ground: "#7a4a22", ink: "#3b2210", accent: "#d9a066", light: "#f4e4cc" },
  mangrove: { ground: "#5b5a4e", ink: "#2b2a24", accent: "#b5a98a", light: "#ece6d6" },
  merah: { ground: "#9b2335", ink: "#4a0f18", accent: "#f2b84b", light: "#fbeee0" },
  hijau: { ground: "#2f6b4f", ink: "#163526", accent: "#e8c15a", light: "#eef6ef" },
  pastel: { ground: "#e9c9d6", ink: "#6b3a5a", accent: "#7fb3a8", light: "#fff8f2" },
  kuning: { ground: "#d9a520", ink: "#5a3a08", accent: "#7a2e1c", light: "#fff6d8" },
}

function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const W = 800
const H = 800

function jlamprang(p: Palette, r: () => number): string {
  const out: string[] = []
  for (let y = 50; y < H; y += 100) {
    for (let x = 50; x < W; x += 100) {
      out.push(`<circle cx="${x}" cy="${y}" r="38" fill="${p.light}" stroke="${p.ink}" stroke-width="4"/>`)
      for (let k = 0; k < 8; k++) {
        const a = (k * Math.PI) / 4
        out.push(`<ellipse cx="${x + 20 * Math.cos(a)}" cy="${y + 20 * Math.sin(a)}" rx="12" ry="5" transform="rotate(${(a * 180) / Math.PI} ${x + 20 * Math.cos(a)} ${y + 20 * Math.sin(a)})" fill="${p.accent}" stroke="${p.ink}" stroke-width="1.5"/>`)
      }
      out.push(`<circle cx="${x}" cy="${y}" r="7" fill="${p.ink}"/>`)
      if (r() > 0.3) out.push(`<rect x="${x + 44}" y="${y + 44}" width="12" height="12" transform="rotate(45 ${x + 50} ${y + 50})" fill="${p.accent}"/>`)
    }
  }
  return out.join("")
}

function buketan(p: Palette, r: () => number): string {
  const out: string[] = []
  for (let i = 0; i < 14; i++) {
    const x = 60 + r() * 680
    const y = 60 + r() * 680
    const size = 26 + r() * 30
    for (let k = 0; k < 3; k++) {
      const a = r() * Math.PI * 2
      out.push(`<path d="M${x} ${y} q ${Math.cos(a) * size} ${Math.sin(a) * size * 2} ${Math.cos(a) * size * 2} ${Math.sin(a) * size}" stroke="${p.ink}" stroke-width="3" fill="none"/>`)
      out.push(`<ellipse cx="${x + Math.cos(a) * size * 1.6}" cy="${y + Math.sin(a) * size}" rx="${size / 3}" ry="${size / 7}" fill="${p.accent}" transform="rotate(${(a * 180) / Math.PI} ${x + Math.cos(a) * size * 1.6} ${y + Math.sin(a) * size})"/>`)
    }
    for (let k = 0; k < 6; k++) {
      const a = (k * Math.PI) / 3
      out.push(`<circle cx="${x + Math.cos(a) * size * 0.45}" cy="${y + Math.sin(a) * size * 0.45}" r="${size * 0.35}" fill="${p.light}" stroke="${p.ink}" stroke-width="2"/>`)
    }
    out.push(`<circle cx="${x}" cy="${y}" r="${size * 0.25}" fill="${p.accent}" stroke="${p.ink}" stroke-width="2"/>`)
  }
  return out.join("")
}

function liris(p: Palette): string {
  const out: string[] = []
  for (let d = -H; d < W + H; d += 70) {
    out.push(`<path d="M${d} 0 L${d + H} ${H}" stroke="${p.light}" stroke-width="26"/>`)
    out.push(`<path d="M${d} 0 L${d + H} ${H}" stroke="${p.ink}" stroke-width="4" stroke-dasharray="18 10"/>`)
    out.push(`<path d="M${d + 35} 0 L${d + 35 + H} ${H}" stroke="${p.accent}" stroke-width="6" stroke-dasharray="4 12"/>`)
  }
  return out.join("")
}

function kawung(p: Palette): string {
  const out: string[] = []
  for (let y = 0; y <= H; y += 80) {
    for (let x = 0; x <= W; x += 80) {
      for (const [dx, dy] of [[0, -20], [0, 20], [-20, 0], [20, 0]]) {
        const rot = dx === 0 ? 0 : 90
        out.push(`<ellipse cx="${x + dx}" cy="${y + dy}" rx="12" ry="20" transform="rotate(${rot} ${x + dx} ${y + dy})" fill="${p.light}" stroke="${p.ink}" stroke-width="3"/>`)
      }
      out.push(`<circle cx="${x}" cy="${y}" r="4" fill="${p.accent}"/>`)
    }
  }
  return out.join("")
}

function isen(p: Palette, r: () => number, regular: boolean): string {
  const out: string[] = []
  const n = 380
  for (let i = 0; i < n; i++) {
    const x = regular ? (i % 20) * 40 + 20 : r() * W
    const y = regular ? Math.floor(i / 20) * 42 + 21 : r() * H
    out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${regular ? 2.5 : 1.5 + r() * 2}" fill="${p.light}" opacity="0.8"/>`)
  }
  return out.join("")
}

const DRAWERS: Record<string, (p: Palette, r: () => number) => string> = {
  jlamprang,
  buketan,
  djawa_hokokai: buketan,
  encim: buketan,
  terang_bulan: (p, r) => jlamprang(p, r),
  liris: (p) => liris(p),
  semen: (p) => kawung(p),
}

/**
 * An SVG cloth for a motif and palette. Hand-made techniques get irregular isen dots;
 * prints get a machine-regular grid, so the picture itself hints at the difference.
 */
export function drawBatik(opts: { motif: string; palette: string; seed: number; handmade: boolean; label?: string }): string {
  const p = PALETTES[opts.palette] ?? PALETTES.indigo
  const r = rng(opts.seed)
  const draw = DRAWERS[opts.motif] ?? ((pp: Palette) => kawung(pp))
  const frame = `<rect x="16" y="16" width="${W - 32}" height="${H - 32}" fill="none" stroke="${p.accent}" stroke-width="10"/><rect x="34" y="34" width="${W - 68}" height="${H - 68}" fill="none" stroke="${p.light}" stroke-width="3" stroke-dasharray="6 6"/>`
  const label = opts.label ? `<text x="${W - 40}" y="${H - 44}" text-anchor="end" font-family="sans-serif" font-size="22" fill="${p.light}" opacity="0.85">${opts.label}</text>` : ""
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${p.ground}"/>${isen(p, r, !opts.handmade)}${draw(p, r)}${frame}${label}</svg>`
}
