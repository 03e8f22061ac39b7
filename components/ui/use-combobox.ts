'use client';
// The ARIA 1.2 combobox pattern, once: an input that owns a listbox; arrows move, Enter picks,
// Escape closes; the active option is announced through aria-activedescendant. No option is
// active until the user moves to one, so Enter never picks what the user did not highlight.
import { useState, type KeyboardEvent } from 'react';

export function useCombobox(id: string) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const reset = () => {
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const inputProps = ({
    count,
    onPick,
    onBackspaceEmpty,
  }: {
    count: number;
    onPick: (i: number) => void;
    onBackspaceEmpty?: () => void;
  }) => ({
    id: `${id}-input`,
    role: 'combobox' as const,
    'aria-expanded': open && count > 0,
    'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': open && active >= 0 && active < count ? `${id}-opt-${active}` : undefined,
    autoComplete: 'off',
    value: text,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      setOpen(true);
      setActive(-1);
    },
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setOpen(true);
        setActive((i) => Math.min(i + 1, count - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        setOpen(true);
        setActive((i) => (i < 0 ? count - 1 : Math.max(i - 1, 0)));
      } else if (e.key === 'Enter' && open && active >= 0 && active < count) {
        e.preventDefault();
        onPick(active);
      } else if (e.key === 'Enter' && open && text.trim()) {
        // Nothing highlighted: a half-typed name neither picks an option nor submits the form.
        e.preventDefault();
      } else if (e.key === 'Escape') {
        setOpen(false);
      } else if (e.key === 'Backspace' && !text && onBackspaceEmpty) {
        onBackspaceEmpty();
      }
    },
  });

  const optionProps = (i: number, onPick: (i: number) => void) => ({
    id: `${id}-opt-${i}`,
    role: 'option' as const,
    'aria-selected': i === active,
    className: i === active ? 'active' : undefined,
    onMouseDown: (e: { preventDefault: () => void }) => e.preventDefault(),
    onClick: () => onPick(i),
  });

  // Not a tab stop: Chromium makes a scrolling list one, and Tab would land in it as it closes on blur.
  const listProps = { role: 'listbox' as const, id: `${id}-list`, tabIndex: -1 };

  return { text, open, reset, inputProps, optionProps, listProps };
}
