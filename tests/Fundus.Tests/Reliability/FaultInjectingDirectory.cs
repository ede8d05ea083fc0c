using Lucene.Net.Store;

namespace Fundus.Tests.Reliability;

/// <summary>
/// A Lucene directory that fails on purpose: each write or sync throws an <see cref="IOException"/> with a given
/// probability (seeded, so a failing run can be repeated), and after a byte budget every write fails as a full
/// disk does. Faults can be switched off to let recovery run on the same directory.
/// </summary>
internal sealed class FaultInjectingDirectory(Lucene.Net.Store.Directory inner, FaultPlan plan) : FilterDirectory(inner)
{
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        plan.MaybeFail($"create {name}");
        return new FaultInjectingOutput(base.CreateOutput(name, context), plan, name);
    }

    public override void Sync(ICollection<string> names)
    {
        plan.MaybeFail("sync");
        base.Sync(names);
    }

    private sealed class FaultInjectingOutput(IndexOutput inner, FaultPlan plan, string name) : IndexOutput
    {
        public override long Position => inner.Position;

        public override long Checksum => inner.Checksum;

        public override long Length => inner.Length;

        public override void WriteByte(byte b)
        {
            plan.Write(1, name);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            plan.Write(length, name);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("Lucene's own signature")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}

/// <summary>When a <see cref="FaultInjectingDirectory"/> fails: a seeded chance per operation, and a byte budget.</summary>
internal sealed class FaultPlan(int seed, double failureRate, long diskBytes = long.MaxValue)
{
    private readonly Random _random = new(seed);
    private readonly System.Threading.Lock _gate = new();
    private long _written;

    public bool Enabled { get; set; } = true;

    public int Faults { get; private set; }

    public void MaybeFail(string what)
    {
        lock (_gate)
        {
            if (Enabled && _random.NextDouble() < failureRate)
            {
                Faults++;
                throw new IOException($"injected fault (seed {seed}): {what}");
            }
        }
    }

    public void Write(long bytes, string file)
    {
        lock (_gate)
        {
            if (!Enabled)
            {
                return;
            }

            _written += bytes;
            if (_written > diskBytes)
            {
                Faults++;
                throw new IOException($"No space left on device (injected after {diskBytes:N0} bytes, writing {file})");
            }

            // One chance per buffer written, not per byte: writes arrive in buffers of a few KB.
            if (bytes > 1 && _random.NextDouble() < failureRate)
            {
                Faults++;
                throw new IOException($"injected write fault (seed {seed}) in {file}");
            }
        }
    }
}
