/** A contact's photo, or their initials on a soft circle. Decorative: the name is always beside it. */
interface Props {
  name: string;
  photo?: string | null;
  size?: number;
}

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function Avatar({ name, photo, size = 36 }: Props) {
  const style = { width: size, height: size, fontSize: Math.round(size * 0.38) };
  return (
    <span className="avatar" style={style} aria-hidden="true">
      {photo ? <img src={photo} alt="" loading="lazy" /> : initialsOf(name)}
    </span>
  );
}
