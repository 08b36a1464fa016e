/** The chart palette read from the CSS variables, updated when the OS switches light/dark mode. */
import { useEffect, useState } from 'react';

export interface ThemeColors {
  text: string;
  muted: string;
  grid: string;
  series: string[];
}

function read(): ThemeColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    grid: v('--border'),
    series: [
      v('--give'),
      v('--ask'),
      v('--thanks'),
      v('--neutral'),
      '#2b7bb9',
      '#c2417b',
      '#8a8f12',
      '#0f9aa8',
      '#a15c2f',
      '#5b6bd6',
      '#6b8e23',
    ],
  };
}

export function useThemeColors(): ThemeColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setColors(read());
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return colors;
}
