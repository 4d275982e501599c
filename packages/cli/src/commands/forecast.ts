/** `mechanist forecast`: placeholder replaced below. */
export async function runForecast(_argv: string[], _out: NodeJS.WritableStream): Promise<number> {
  return 1;
}
