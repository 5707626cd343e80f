/**
 * The part of a settings item that the interface uses. WXT storage items (lib/settings.ts) fit it
 * as they are; components take it as a parameter so they render without an extension around them.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { messageOf } from '../error-message';

export interface SettingPort<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

export interface SettingHandle<T> {
  /** Undefined until the first read finishes. */
  value: T | undefined;
  error: string | null;
  set(value: T): Promise<void>;
}

/** A setting's current value, kept live when another page (the popup, the manager) changes it. */
export function useSetting<T>(port: SettingPort<T>): SettingHandle<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // Read as soon as the component is in the page, not after the next frame: the popup's first
  // answer then lands after the settings it depends on (whether the page is kept out), in one render.
  useLayoutEffect(() => {
    let live = true;
    // A change that arrives while the first read is under way is newer than what that read gives.
    let changedMeanwhile = false;
    const unwatch = port.watch((changed) => {
      changedMeanwhile = true;
      setValue(() => changed);
    });
    port.getValue().then(
      (read) => live && !changedMeanwhile && setValue(() => read),
      (failure: unknown) => live && setError(`Could not read a setting: ${messageOf(failure)}`),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [port]);
  const set = async (next: T) => {
    try {
      await port.setValue(next);
      setValue(() => next);
      setError(null);
    } catch (failure) {
      setError(`Could not save a setting: ${messageOf(failure)}`);
    }
  };
  return { value, error, set };
}
