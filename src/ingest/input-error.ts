/**
 * An input that cannot be read as an article, named by where it came from. A module of its own so
 * the CLI can recognise it without loading the readers (and their YAML parser) for every command.
 */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'InputError';
  }
}
