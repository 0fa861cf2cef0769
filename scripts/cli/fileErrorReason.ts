/** A short reason for a file-system error, without the stack or the errno noise. */
export function fileErrorReason(error: unknown, access: 'read' | 'write' = 'read'): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return access === 'read' ? 'no such file' : 'its folder does not exist';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}
