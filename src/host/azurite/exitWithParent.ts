// Preloaded (`node --require`) into the Azurite child process: when the parent's IPC channel closes — the parent
// exited, even by SIGKILL — the child shuts Azurite down (its SIGTERM handler) instead of lingering as an orphan.
// The channel is unreferenced so that it never keeps the child alive by itself.
if (typeof process.send === 'function') {
    process.on('disconnect', () => {
        process.kill(process.pid, 'SIGTERM');
        setTimeout(() => process.exit(0), 5000).unref();
    });
    process.channel?.unref();
}
