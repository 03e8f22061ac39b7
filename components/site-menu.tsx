'use client';
// The header's links as a disclosure on narrow screens (a Menu button that shows and hides them), one row on
// wide ones: the button is hidden by CSS above the breakpoint, so the links are always there for a desktop.
import { usePathname } from 'next/navigation';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export function SiteMenu({ children }: { children: ReactNode }) {
  // Open on one page only: going back or forward closes the menu without an effect; a click on a link closes it.
  const here = usePathname();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === here;
  const button = useRef<HTMLButtonElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpenAt(null);
    button.current?.focus();
  };
  // Focus leaving the menu (Tab past its last link, a click elsewhere) closes it, as a disclosure menu should.
  const onBlur = (e: React.FocusEvent<HTMLDivElement>) => {
    if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpenAt(null);
  };

  return (
    <div className="site-menu" data-open={open ? 'true' : 'false'} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="site-menu-button"
        aria-expanded={open}
        aria-controls="site-links"
        onClick={() => setOpenAt(open ? null : here)}
      >
        Menu
      </button>
      <nav
        id="site-links"
        aria-label="Site"
        className="site-links"
        onClick={(e) => (e.target as Element).closest('a') && setOpenAt(null)}
      >
        {children}
      </nav>
    </div>
  );
}
