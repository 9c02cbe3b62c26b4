import type { ReactNode } from 'react';

/** A whole-page message for states with nothing else to show (unpaired, revoked), always with a way forward. */
export function FullMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main className="full-message" role="alert">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
