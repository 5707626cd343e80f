import { describeReadingLoop } from './reading-loop';
import { createChromiumDriver } from './support/chromium-driver';

describeReadingLoop('Chromium', createChromiumDriver);
