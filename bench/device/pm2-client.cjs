// A PM2 API client connected ahead of time, so that "start 50 into a running PM2" measures
// the daemon's work and not the `pm2` CLI's own start-up (about as long as the daemon's).
// argv[2]: the PM2 package directory. Prints @@connected once PM2's daemon is up and
// connected (it is launched if needed), then starts the ecosystem file named on the first
// stdin line, prints @@started, and disconnects.
const { createInterface } = require('node:readline');

const pm2 = require(process.argv[2]);

pm2.connect((err) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  process.stdout.write('@@connected\n');
  createInterface({ input: process.stdin }).once('line', (ecosystem) => {
    pm2.start(ecosystem.trim(), (startErr) => {
      if (startErr) console.error(startErr);
      process.stdout.write(startErr ? '@@failed\n' : '@@started\n');
      pm2.disconnect();
      process.exit(startErr ? 1 : 0);
    });
  });
});
