import { preset } from '../../jest.preset.mjs';

export default preset({ displayName: 'domain', roots: ['<rootDir>/libs/domain/src'] });
