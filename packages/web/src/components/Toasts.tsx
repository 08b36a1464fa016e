/** Short confirmations, announced to screen readers, that fade after a few seconds. */
export interface ToastItem {
  id: number;
  message: string;
}

export function Toasts({ items }: { items: ToastItem[] }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {items.map((item) => (
        <div key={item.id} className="toast">
          {item.message}
        </div>
      ))}
    </div>
  );
}
