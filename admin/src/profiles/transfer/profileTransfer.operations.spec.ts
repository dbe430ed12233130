import { CHUNKS_IN_FLIGHT, sendChunks, type ProfileImportProgress } from './profileTransfer.operations';

const progress = (chunks: number) => ({ chunks }) as ProfileImportProgress;

describe('sendChunks', () => {
  it('sends every chunk in file order, two at a time, and reports each answer', async () => {
    const sent: number[] = [];
    const answers: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    await sendChunks(
      ['a', 'b', 'c', 'd', 'e'],
      async (sequence, csv) => {
        sent.push(sequence);
        expect(csv).toBe('abcde'[sequence]);
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        // The later chunk of a pair answers first, as it may when the server waits for the earlier one.
        await new Promise((resolve) => setTimeout(resolve, sequence % 2 ? 1 : 5));
        inFlight--;
        return progress(sequence + 1);
      },
      (answer) => answers.push(answer.chunks),
    );
    expect(sent).toEqual([0, 1, 2, 3, 4]);
    expect(answers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(mostInFlight).toBe(CHUNKS_IN_FLIGHT);
  });

  it('sends no more chunks after one fails', async () => {
    const sent: number[] = [];
    const sending = sendChunks(
      ['a', 'b', 'c', 'd', 'e'],
      async (sequence) => {
        sent.push(sequence);
        if (sequence === 1) throw new Error('refused');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return progress(sequence + 1);
      },
      () => undefined,
    );
    await expect(sending).rejects.toThrow('refused');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([0, 1]);
  });
});
