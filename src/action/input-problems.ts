/** Every problem with the inputs, gathered so that one fix-and-rerun is enough. */
export class Problems {
  readonly list: string[] = [];
  add(name: string, value: string, allowed: string): void {
    this.list.push(`Input \`${name}\` is ${JSON.stringify(value)}; ${allowed}.`);
  }
}
