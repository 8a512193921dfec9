"""CPU split during a registration burst: prints, every 0.5 s, the CPU ticks (1/100 s) used by
the app (java -jar gemeinsinn-*.jar), PostgreSQL and the bench client since the last line.
Usage: python3 bench/registration/cpu-split.py &  then run bench/registration/run.sh; stop it with kill."""
import os,sys,time
def snap():
    r={'app':0,'pg':0,'client':0,'other':0}
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            cmd=open(f'/proc/{pid}/cmdline','rb').read().replace(b'\0',b' ').decode(errors='ignore')
            st=open(f'/proc/{pid}/stat').read().rsplit(')',1)[1].split()
        except Exception: continue
        t=int(st[11])+int(st[12])
        if 'gemeinsinn-' in cmd and '.jar' in cmd: k='app'
        elif 'postgres' in cmd: k='pg'
        elif 'RegistrationBench' in cmd: k='client'
        else: k='other'
        r[k]+=t
    return r
prev=snap()
while True:
    time.sleep(0.5)
    cur=snap()
    d={k:cur[k]-prev[k] for k in cur}
    if d['app']+d['pg']+d['client']>5: print(time.strftime('%S'),' '.join(f'{k}={v}' for k,v in d.items()),flush=True)
    prev=cur
