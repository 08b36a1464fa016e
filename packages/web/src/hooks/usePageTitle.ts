/** Sets the document title to "<page> · nexo" (screen readers announce it on navigation). */
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · nexo` : 'nexo';
  }, [title]);
}
