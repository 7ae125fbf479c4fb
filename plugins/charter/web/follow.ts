/**
 * Follows an effect's request: hands on its answer (or its failure) only while the effect still
 * holds, so a slow answer to an older choice never overwrites a newer one. Returns the cleanup.
 */
export function follow<T>(
  request: Promise<T>,
  onAnswer: (answer: T) => void,
  onFailure: () => void = () => {},
): () => void {
  let current = true;
  request.then(
    (answer) => {
      if (current) onAnswer(answer);
    },
    () => {
      if (current) onFailure();
    },
  );
  return () => {
    current = false;
  };
}
