import { useTranslate } from 'react-admin';
import { arcLayout, SEAL_SIZE } from './sealLayout';

const RED = '#c62828';
const GREY = '#9e9e9e';

function Star({ cx, cy, r, fill }: { cx: number; cy: number; r: number; fill: string }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI / 5) * i - Math.PI / 2;
    const rr = i % 2 ? r * 0.38 : r;
    return `${cx + rr * Math.cos(a)},${cy + rr * Math.sin(a)}`;
  }).join(' ');
  return <polygon points={points} fill={fill} />;
}

/**
 * The seal as it stamps, so the clerk on the phone sees what the caller sees: round with the name on
 * the arc, a star and the type label; the 法定代表人名章 is square. A voided seal is drawn grey.
 */
export function SealStamp({
  name,
  type,
  voided = false,
  size = 160,
}: {
  name: string;
  type: string;
  voided?: boolean;
  size?: number;
}) {
  const translate = useTranslate();
  const color = voided ? GREY : RED;
  const label = translate(`seals.type.${type}`);
  const title = `${label}：${name}`;
  if (type === 'legal_rep') {
    const chars = [...name];
    const cols = chars.length <= 4 ? 2 : 3;
    const rows = Math.ceil(chars.length / cols);
    const cell = 150 / Math.max(cols, rows);
    return (
      <svg role="img" aria-label={title} width={size} height={size} viewBox={`0 0 ${SEAL_SIZE} ${SEAL_SIZE}`}>
        <title>{title}</title>
        <rect x={10} y={10} width={180} height={180} fill="none" stroke={color} strokeWidth={8} />
        {chars.map((ch, i) => {
          // Read top-to-bottom, right-to-left, as a name seal is carved.
          const col = cols - 1 - Math.floor(i / rows);
          const row = i % rows;
          return (
            <text
              key={i}
              x={25 + cell * (col + 0.5)}
              y={25 + cell * (row + 0.5)}
              fontSize={cell * 0.85}
              fill={color}
              textAnchor="middle"
              dominantBaseline="central"
              fontFamily="serif"
            >
              {ch}
            </text>
          );
        })}
      </svg>
    );
  }
  const { glyphs, fontSize } = arcLayout(name);
  return (
    <svg role="img" aria-label={title} width={size} height={size} viewBox={`0 0 ${SEAL_SIZE} ${SEAL_SIZE}`}>
      <title>{title}</title>
      <circle cx={100} cy={100} r={92} fill="none" stroke={color} strokeWidth={6} />
      {glyphs.map((g, i) => (
        <text
          key={i}
          x={g.x}
          y={g.y}
          fontSize={fontSize}
          fill={color}
          textAnchor="middle"
          dominantBaseline="central"
          transform={`rotate(${g.rotate} ${g.x} ${g.y})`}
          fontFamily="serif"
        >
          {g.char}
        </text>
      ))}
      <Star cx={100} cy={100} r={28} fill={color} />
      <text x={100} y={150} fontSize={16} fill={color} textAnchor="middle" fontFamily="serif">
        {label}
      </text>
    </svg>
  );
}
