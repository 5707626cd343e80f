import { describeReadingLoop } from './reading-loop';
import { createChromiumDriver } from '../../scripts/harness/chromium-driver';

describeReadingLoop('Chromium', createChromiumDriver);
