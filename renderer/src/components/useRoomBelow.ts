import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Pixels from the element's top to the window's bottom, kept current on resize: a virtual
 * table needs its body height in pixels, and at 1366×768 what sits above it (a notice, the
 * page head, tabs) varies.
 */
export function useRoomBelow(ref: RefObject<HTMLElement | null>): number {
  const [room, setRoom] = useState(() => window.innerHeight / 2);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top;
      if (top !== undefined) setRoom(window.innerHeight - top - window.scrollY);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return room;
}
