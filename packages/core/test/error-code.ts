/** The `code` of the error an action throws, or `undefined` when it does not throw. */
export function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}
