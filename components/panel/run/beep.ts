/** A short beep through WebAudio. Does nothing where there is no AudioContext (tests, old browsers). */
type AudioContextClass = new () => AudioContext;

let context: AudioContext | null = null;

export function beep(frequency = 880, durationMs = 180): boolean {
  const Context = (globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }).AudioContext
    ?? (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Context) return false;
  try {
    context ??= new Context();
    if (context.state === 'suspended') void context.resume();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.value = 0.2;
    oscillator.connect(gain);
    gain.connect(context.destination);
    const now = context.currentTime;
    oscillator.start(now);
    oscillator.stop(now + durationMs / 1000);
    return true;
  } catch {
    return false;
  }
}

/** For tests: forget the shared context. */
export function resetBeep(): void {
  context = null;
}
