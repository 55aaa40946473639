// Turns a function that reads and builds a dictionary file into one that reads and builds each file only once.

/**
 * `read` wrapped so that a second call for the same file returns what the first built: dictionaries load once,
 * before the first document, and every later document shares them. The key is the file argument alone; the
 * other arguments must not change what the file builds to.
 */
export function oncePerFile<T, Rest extends unknown[] = []>(read: (file: string, ...rest: Rest) => T): (file: string, ...rest: Rest) => T {
  const built = new Map<string, T>();
  return (file, ...rest) => {
    if (built.has(file)) return built.get(file)!;
    const value = read(file, ...rest);
    built.set(file, value);
    return value;
  };
}
