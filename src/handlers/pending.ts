/**
 * Operations of the contract that this server does not serve yet answer 501 in the error format.
 */
import { RestError } from '../http/errors.ts';

export const notYet = async (): Promise<never> => {
  throw new RestError(501, 501, 'Not implemented yet by this server');
};
