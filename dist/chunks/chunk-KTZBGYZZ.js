import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/text/ucd-data.ts
var GC_CODES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"];
var GC_RUNS = `
p:w m:1 h:3 j:1 h:3 d:1 e:1 h:1 i:1 h:1 c:1 h:2 8:a h:2 i:3 h:2 0:q d:1 h:1 e:1 k:1 b:1 k:1 1:q d:1 i:1 e:1
i:1 p:x m:1 h:1 j:4 l:1 h:1 k:1 l:1 4:1 f:1 i:1 q:1 l:1 k:1 l:1 i:1 a:2 k:1 1:1 h:2 k:1 a:1 4:1 g:1 a:3 h:1
0:n i:1 0:7 1:o i:1 1:8 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:2 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:2 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:2 1:1 0:1 1:1 0:1 1:3 0:2 1:1 0:1 1:1 0:2
1:1 0:3 1:2 0:4 1:1 0:2 1:1 0:3 1:3 0:2 1:1 0:2 1:1 0:1 1:1 0:1 1:1 0:2 1:1 0:1 1:2 0:1 1:1 0:2 1:1 0:3 1:1
0:1 1:1 0:2 1:2 4:1 0:1 1:3 4:4 0:1 2:1 1:1 0:1 2:1 1:1 0:1 2:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:2 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:2 0:1 2:1 1:1
0:1 1:1 0:3 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:7 0:2 1:1 0:2 1:2 0:1 1:1 0:4 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1x 4:2 1:q 3:i
k:4 3:c k:e 3:5 k:7 3:1 k:1 3:1 k:h 5:34 0:1 1:1 0:1 1:1 3:1 k:1 0:1 1:1 t:2 3:1 1:3 h:1 0:1 t:4 k:2 0:1 h:1
0:3 t:1 0:1 t:1 0:2 1:1 0:h t:1 0:9 1:z 0:1 1:2 0:3 1:3 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:5 0:1 1:1 i:1 0:1 1:1 0:2 1:2 0:1f 1:1c 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
l:1 5:5 7:2 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:2 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:2 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 t:1 0:12 t:2 3:1 h:6 1:15 h:1 c:1 t:2 l:2 j:1 t:1 5:19 c:1 5:1 h:1 5:2 h:1 5:2 h:1 5:1 t:8
4:r t:4 4:4 h:2 t:b q:6 i:3 h:2 j:1 h:2 l:2 5:b h:1 q:1 h:3 4:w 3:1 4:a 5:l 8:a h:4 4:2 5:1 4:2r h:1 4:1 5:7
q:1 l:1 5:6 3:2 5:2 l:1 5:4 4:2 8:a 4:3 l:2 4:1 h:e t:1 q:1 4:1 5:1 4:u 5:r t:2 4:2h 5:b 4:1 t:e 8:a 4:x 5:9
3:2 l:1 h:3 3:1 t:2 5:1 j:2 4:m 5:4 3:1 5:9 3:1 5:3 3:1 5:5 t:2 h:f t:1 4:p 5:3 t:2 h:1 t:1 4:b t:5 4:o k:1
4:7 q:2 t:5 5:9 4:15 3:1 5:o q:1 5:w 6:1 4:1i 5:1 6:1 5:1 4:1 6:3 5:8 6:4 5:1 6:2 4:1 5:7 4:a 5:2 h:2 8:a h:1
3:1 4:f 5:1 6:2 t:1 4:8 t:2 4:2 t:2 4:m t:1 4:7 t:1 4:1 t:3 4:4 t:2 5:1 4:1 6:3 5:4 t:2 6:2 t:2 6:2 5:1 4:1
t:8 6:1 t:4 4:2 t:1 4:3 5:2 t:2 8:a 4:2 j:2 a:6 l:1 j:1 4:1 h:1 5:1 t:2 5:2 6:1 t:1 4:6 t:4 4:2 t:2 4:m t:1
4:7 t:1 4:2 t:1 4:2 t:1 4:2 t:2 5:1 t:1 6:3 5:2 t:4 5:2 t:2 5:3 t:3 5:1 t:7 4:4 t:1 4:1 t:7 8:a 5:2 4:3 5:1
h:1 t:a 5:2 6:1 t:1 4:9 t:1 4:3 t:1 4:m t:1 4:7 t:1 4:2 t:1 4:5 t:2 5:1 4:1 6:3 5:5 t:1 5:2 6:1 t:1 6:2 5:1
t:2 4:1 t:f 4:2 5:2 t:2 8:a h:1 j:1 t:7 4:1 5:6 t:1 5:1 6:2 t:1 4:8 t:2 4:2 t:2 4:m t:1 4:7 t:1 4:2 t:1 4:5
t:2 5:1 4:1 6:1 5:1 6:1 5:4 t:2 6:2 t:2 6:2 5:1 t:7 5:2 6:1 t:4 4:2 t:1 4:3 5:2 t:2 8:a l:1 4:1 a:6 t:a 5:1
4:1 t:1 4:6 t:3 4:3 t:1 4:4 t:3 4:2 t:1 4:1 t:1 4:2 t:3 4:2 t:3 4:3 t:3 4:c t:4 6:2 5:1 6:2 t:3 6:3 t:1 6:3
5:1 t:2 4:1 t:6 6:1 t:e 8:a a:3 l:6 j:1 l:1 t:5 5:1 6:3 5:1 4:8 t:1 4:3 t:1 4:n t:1 4:g t:2 5:1 4:1 5:3 6:4
t:1 5:3 t:1 5:4 t:7 5:2 t:1 4:3 t:1 4:2 t:2 4:2 5:2 t:2 8:a t:7 h:1 a:7 l:1 4:1 5:1 6:2 h:1 4:8 t:1 4:3 t:1
4:n t:1 4:a t:1 4:5 t:2 5:1 4:1 6:1 5:1 6:5 t:1 5:1 6:2 t:1 6:2 5:2 t:7 6:2 t:5 4:3 t:1 4:2 5:2 t:2 8:a t:1
4:2 6:1 t:c 5:2 6:2 4:9 t:1 4:3 t:1 4:15 5:2 4:1 6:3 5:4 t:1 6:3 t:1 6:3 5:1 4:1 l:1 t:4 4:3 6:1 a:7 4:3 5:2
t:2 8:a a:9 l:1 4:6 t:1 5:1 6:2 t:1 4:i t:3 4:o t:1 4:9 t:1 4:1 t:2 4:7 t:3 5:1 t:4 6:3 5:3 t:1 5:1 t:1 6:8
t:6 8:a t:2 6:2 h:1 t:c 4:1c 5:1 4:2 5:7 t:4 j:1 4:6 3:1 5:8 h:1 8:a h:2 t:11 4:2 t:1 4:1 t:1 4:5 t:1 4:o t:1
4:1 t:1 4:a 5:1 4:2 5:9 4:1 t:2 4:5 t:1 3:1 t:1 5:7 t:1 8:a t:2 4:4 t:w 4:1 l:3 h:f l:1 h:1 l:3 5:2 l:6 8:a
a:a l:1 5:1 l:1 5:1 l:1 5:1 d:1 e:1 d:1 e:1 6:2 4:8 t:1 4:10 t:4 5:e 6:1 5:5 h:1 5:2 4:5 5:b t:1 5:10 t:1 l:8
5:1 l:6 t:1 l:2 h:5 l:4 h:2 t:11 4:17 6:2 5:4 6:1 5:6 6:1 5:2 6:2 5:2 4:1 8:a h:6 4:6 6:2 5:2 4:4 5:3 4:1 6:3
4:2 6:7 4:3 5:4 4:d 5:1 6:2 5:2 6:6 5:1 4:1 6:1 8:a 6:3 5:1 l:2 0:12 t:1 0:1 t:5 0:1 t:2 1:17 h:1 3:1 1:3 4:95
t:1 4:4 t:2 4:7 t:1 4:1 t:1 4:4 t:2 4:15 t:1 4:4 t:2 4:x t:1 4:4 t:2 4:7 t:1 4:1 t:1 4:4 t:2 4:f t:1 4:1l t:1
4:4 t:2 4:1v t:2 5:3 h:9 a:k t:3 4:g l:a t:6 0:2e t:2 1:6 t:2 c:1 4:h8 l:1 h:1 4:h m:1 4:q d:1 e:1 t:3 4:23
h:3 9:3 4:8 t:7 4:i 5:3 6:1 t:9 4:j 5:2 6:1 h:2 t:9 4:i 5:2 t:c 4:d t:1 4:3 t:1 5:2 t:c 4:1g 5:2 6:1 5:7 6:8
5:1 6:2 5:b h:3 3:1 h:3 j:1 4:1 5:1 t:2 8:a t:6 a:a t:6 h:6 c:1 h:4 5:3 q:1 5:1 8:a t:6 4:z 3:1 4:1h t:7 4:5
5:2 4:y 5:1 4:1 t:5 4:1y t:a 4:v t:1 5:3 6:4 5:2 6:3 t:4 6:2 5:1 6:6 5:3 t:4 l:1 t:3 h:2 8:a 4:u t:2 4:5 t:b
4:18 t:4 4:q t:6 8:a a:1 t:3 l:y 4:n 5:2 6:2 5:1 t:2 h:2 4:1h 6:1 5:1 6:1 5:7 t:1 5:1 6:1 5:1 6:2 5:8 6:6 5:a
t:2 5:1 8:a t:6 8:a t:6 h:7 3:1 h:6 t:2 5:e 7:1 5:v t:2 5:c t:k 5:4 6:1 4:1b 5:1 6:1 5:5 6:1 5:1 6:5 5:1 6:2
4:8 t:1 h:2 8:a h:7 l:a 5:9 l:9 h:3 5:2 6:1 4:u 6:1 5:4 6:2 5:2 6:1 5:3 4:2 8:a 4:18 5:1 6:1 5:2 6:3 5:1 6:1
5:3 6:2 t:8 h:4 4:10 6:8 5:8 6:2 5:2 t:3 h:5 8:a t:3 4:3 8:a 4:u 3:6 h:2 1:9 0:1 1:1 t:5 0:17 t:2 0:3 h:8 t:8
5:3 h:1 5:d 6:1 5:7 4:4 5:1 4:6 5:1 4:2 6:1 5:2 4:1 t:5 1:18 3:1r 1:d 3:1 1:y 3:11 5:1s 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:9 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:9
0:8 1:6 t:2 0:6 t:2 1:8 0:8 1:8 0:8 1:6 t:2 0:6 t:2 1:8 t:1 0:1 t:1 0:1 t:1 0:1 t:1 0:1 1:8 0:8 1:e t:2 1:8
2:8 1:8 2:8 1:8 2:8 1:5 t:1 1:2 0:4 2:1 k:1 1:1 k:3 1:3 t:1 1:2 0:4 2:1 k:3 1:4 t:2 1:2 0:4 t:1 k:3 1:8 0:5
k:3 t:2 1:3 t:1 1:2 0:4 2:1 k:2 t:1 m:b q:5 c:6 h:2 f:1 g:1 d:1 f:2 g:1 d:1 f:1 h:8 n:1 o:1 q:5 m:1 h:9 f:1
g:1 h:4 b:2 h:3 i:1 d:1 e:1 h:b i:1 h:1 b:1 h:a m:1 q:5 t:1 q:a a:1 3:1 t:2 a:6 i:3 d:1 e:1 3:1 a:a i:3 d:1
e:1 t:1 3:d t:3 j:y t:e 5:d 7:4 5:1 7:3 5:c t:f l:2 0:1 l:4 0:1 l:2 1:1 0:3 1:2 0:3 1:1 l:1 0:1 l:2 i:1 0:5
l:6 0:1 l:1 0:1 l:1 0:1 l:1 0:4 l:1 1:1 0:4 1:1 4:4 1:1 l:2 1:2 0:2 i:5 0:1 1:4 l:1 i:1 l:2 1:1 l:1 a:g 9:z
0:1 1:1 9:4 a:1 l:2 t:4 i:5 l:5 i:2 l:4 i:1 l:2 i:1 l:2 i:1 l:7 i:1 l:v i:2 l:2 i:1 l:1 i:1 l:v i:7g l:8 d:1
e:1 d:1 e:1 l:k i:2 l:7 d:1 e:1 l:29 i:1 l:u i:p l:14 i:6 l:20 t:m l:b t:l a:1o l:26 a:m l:53 i:1 l:9 i:1 l:1i
i:8 l:33 i:1 l:6w d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 a:u l:18 i:5 d:1 e:1 i:v d:1 e:1 d:1
e:1 d:1 e:1 d:1 e:1 d:1 e:1 i:g l:74 i:3n d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1
e:1 d:1 e:1 d:1 e:1 i:1r d:1 e:1 d:1 e:1 i:w d:1 e:1 i:76 l:1c i:l l:2 i:6 l:13 t:2 l:3u 0:1c 1:1c 0:1 1:1 0:3
1:2 0:1 1:1 0:1 1:1 0:1 1:1 0:4 1:1 0:1 1:2 0:1 1:6 3:2 0:3 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:2 l:6 0:1 1:1 0:1 1:1 5:3 0:1 1:1 t:5 h:4 a:1 h:2 1:12 t:1 1:1 t:5 1:1 t:2 4:1k t:7 3:1
h:1 t:e 5:1 4:n t:9 4:7 t:1 4:7 t:1 4:7 t:1 4:7 t:1 4:7 t:1 4:7 t:1 4:7 t:1 4:7 t:1 5:w h:2 f:1 g:1 f:1 g:1
h:3 f:1 g:1 h:1 f:1 g:1 h:9 c:1 h:2 c:1 h:1 f:1 g:1 h:2 f:1 g:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 h:5 3:1 h:a
c:2 h:4 c:1 h:1 d:1 h:d l:2 h:3 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 c:1 t:y l:q t:1 l:2h t:c l:5y t:q l:g m:1 h:3
l:1 3:1 4:1 9:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 l:2 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 c:1 d:1 e:2 l:1
9:9 5:4 6:2 c:1 3:5 l:2 9:3 3:1 4:1 h:1 l:2 t:1 4:2e t:2 5:2 k:2 3:2 4:1 c:1 4:2i h:1 3:3 4:1 t:5 4:17 t:1
4:2m t:1 l:2 a:4 l:a 4:w l:12 t:9 l:1 4:g l:v t:1 a:a l:u a:8 l:1 a:f l:w a:a l:13 a:f l:8w 4:534 l:1s 4:g7p
3:1 4:vr t:3 l:1j t:9 4:14 3:6 h:2 4:7g 3:1 h:3 4:g 8:a 4:2 t:k 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 4:1 5:1 7:3 h:1 5:a h:1 3:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 3:2 5:2 4:1y 9:a 5:2 h:6 t:8 k:n 3:9 k:2 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:3 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 3:1 1:8 0:1 1:1 0:1 1:1
0:2 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 3:1 k:2 0:1 1:1 0:1 1:1 4:1 0:1 1:1 0:1 1:3 0:1 1:1 0:1 1:1 0:1 1:1
0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:5 1:1 0:5 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1
1:1 0:1 1:1 0:1 1:1 0:4 1:1 0:1 1:1 0:2 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 1:1 0:1 t:k
3:4 0:1 1:1 4:1 3:2 1:1 4:7 5:1 4:3 5:1 4:4 5:1 4:n 6:2 5:2 6:1 l:4 5:1 t:3 a:6 l:2 j:1 l:1 t:6 4:1g h:4 t:8
6:2 4:1e 6:g 5:2 t:8 h:2 8:a t:6 5:i 4:6 h:3 4:1 h:1 4:2 5:1 8:a 4:s 5:8 h:2 4:n 5:b 6:2 t:b h:1 4:t t:3 5:3
6:1 4:1b 5:1 6:2 5:4 6:2 5:2 6:3 h:d t:1 3:1 8:a t:4 h:2 4:5 5:1 3:1 4:9 8:a 4:5 t:1 4:15 5:6 6:2 5:2 6:2 5:2
t:9 4:3 5:1 4:8 5:1 6:1 t:2 8:a t:2 h:4 4:g 3:1 4:6 l:3 4:1 6:1 5:1 6:1 4:1e 5:1 4:1 5:3 4:2 5:2 4:5 5:2 4:1
5:1 4:1 t:o 4:2 3:1 h:2 4:b 6:1 5:2 6:2 h:2 4:1 3:2 6:1 5:1 t:a 4:6 t:2 4:6 t:2 4:6 t:9 4:7 t:1 4:7 t:1 1:17
k:1 3:4 1:9 3:1 k:2 t:4 1:28 4:z 6:2 5:1 6:2 5:1 6:2 h:1 6:1 5:1 t:2 8:a t:6 4:8mc t:c 4:n t:4 4:1d t:4 r:1kw
s:4xs 4:a6 t:2 4:2y t:12 1:7 t:c 1:5 t:5 4:1 5:1 4:a i:1 4:d t:1 4:5 t:1 4:1 t:1 4:2 t:1 4:2 t:1 4:30 k:h l:g
4:a3 e:1 d:1 l:g 4:1s l:2 4:1i l:8 t:w 4:c j:1 l:3 5:g h:7 d:1 e:1 h:1 t:6 5:g h:1 c:2 b:2 d:1 e:1 d:1 e:1 d:1
e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 d:1 e:1 h:2 d:1 e:1 h:4 b:3 h:3 t:1 h:4 c:1 d:1 e:1 d:1 e:1 d:1 e:1 h:3
i:1 c:1 i:3 t:1 h:1 j:1 h:2 t:4 4:5 t:1 4:3r t:2 q:1 t:1 h:3 j:1 h:3 d:1 e:1 h:1 i:1 h:1 c:1 h:2 8:a h:2 i:3
h:2 0:q d:1 h:1 e:1 k:1 b:1 k:1 1:q d:1 i:1 e:1 i:1 d:1 e:1 h:1 d:1 e:1 h:2 4:a 3:1 4:19 3:2 4:v t:3 4:6 t:2
4:6 t:2 4:6 t:2 4:3 t:3 j:2 i:1 k:1 l:1 j:2 t:1 l:1 i:4 l:2 t:a q:3 l:2 t:2 4:c t:1 4:q t:1 4:j t:1 4:2 t:1
4:f t:2 4:e t:y 4:3f t:5 h:3 t:4 a:19 t:3 l:9 9:1h a:4 l:h a:2 l:3 t:1 l:d t:3 l:1 t:1b l:19 5:1 t:3m 4:t t:3
4:1d t:f 5:1 a:r t:4 4:w a:4 t:9 4:k 9:1 4:8 9:1 t:5 4:12 5:5 t:5 4:u t:1 h:1 4:10 t:4 4:8 h:1 9:5 t:16 0:14
1:14 4:26 t:2 8:a t:6 0:10 t:4 1:10 t:4 4:14 t:8 4:1g t:b h:1 0:b t:1 0:f t:1 0:7 t:1 0:2 t:1 1:b t:1 1:f t:1
1:7 t:1 1:2 t:3 4:1g t:c 4:8n t:9 4:m t:a 4:8 t:o 3:6 t:1 3:16 t:1 3:9 t:1x 4:6 t:2 4:1 t:1 4:18 t:1 4:2 t:3
4:1 t:2 4:n t:1 h:1 a:8 4:n l:2 a:7 4:v t:8 a:9 t:1c 4:j t:1 4:2 t:5 a:5 4:m a:6 t:3 h:1 4:q t:5 h:1 4:q t:12
4:1k t:4 a:2 4:2 a:g t:2 a:1a 4:1 5:3 t:1 5:2 t:5 5:4 4:4 t:1 4:3 t:1 4:t t:2 5:3 t:4 5:1 a:9 t:7 h:9 t:7 4:t
a:2 h:1 4:t a:3 t:w 4:8 l:1 4:s 5:2 t:4 a:5 h:7 t:9 4:1i t:3 h:7 4:m t:2 a:8 4:j t:5 a:8 4:i t:7 h:4 t:c a:7
t:28 4:21 t:1j 0:1f t:d 1:1f t:7 a:6 4:10 5:4 t:8 8:a t:6 8:a 4:4 3:1 4:1 0:m t:3 5:5 c:1 3:1 1:m t:8 i:2 t:5s
a:v t:1 4:16 t:1 5:2 c:1 t:2 4:2 t:g 4:3 3:1 4:2 t:8 h:1 l:8 t:x 5:6 4:t a:a 4:1 t:8 4:m 5:b a:4 h:5 t:m 4:i
5:4 h:4 t:12 4:l a:7 t:k 4:n t:9 6:1 5:1 6:1 4:1h 5:f h:7 t:4 a:k 8:a 5:1 4:2 5:2 4:1 t:9 5:3 6:1 4:19 6:3 5:4
6:2 5:2 h:2 q:1 h:4 5:1 t:a q:1 t:2 4:p t:7 8:a t:6 5:3 4:10 5:5 6:1 5:8 t:1 8:a h:4 4:1 6:2 4:1 t:8 4:z 5:1
h:2 4:1 t:9 5:2 6:1 4:1c 6:3 5:9 6:2 4:4 h:4 5:4 h:1 6:1 5:1 8:a 4:1 h:1 4:1 h:3 t:1 a:k t:b 4:i t:1 4:p 6:3
5:3 6:2 5:1 6:1 5:2 h:6 5:1 4:2 5:1 t:1q 4:7 t:1 4:1 t:1 4:4 t:1 4:f t:1 4:a h:1 t:6 4:1b 5:1 6:3 5:8 t:5 8:a
t:6 5:2 6:2 t:1 4:8 t:2 4:2 t:2 4:m t:1 4:7 t:1 4:2 t:1 4:5 t:1 5:2 4:1 6:2 5:1 6:4 t:2 6:2 t:2 6:3 t:2 4:1
t:6 6:1 t:5 4:5 6:2 t:2 5:7 t:3 5:5 t:b 4:a t:1 4:1 t:2 4:1 t:1 4:12 t:1 4:1 6:3 5:6 t:1 6:1 t:2 6:1 t:1 6:4
t:1 6:2 5:1 6:1 5:1 4:1 5:1 4:1 h:2 t:1 h:2 t:8 5:2 t:t 4:1h 6:3 5:8 6:2 5:3 6:1 5:1 4:4 h:5 8:a h:2 t:1 h:1
5:1 4:3 t:u 4:1c 6:3 5:6 6:1 5:1 6:4 5:2 6:1 5:2 4:2 h:1 4:1 t:8 8:a t:4m 4:1b 6:3 5:4 t:2 6:4 5:2 6:1 5:2 h:n
4:4 5:2 t:y 4:1c 6:3 5:8 6:2 5:1 6:1 5:2 h:3 4:1 t:b 8:a t:6 h:d t:j 4:17 5:1 6:1 5:1 6:2 5:6 6:1 5:1 4:1 h:1
t:6 8:a t:6 8:k t:s 4:r t:2 5:1 6:1 5:1 6:2 5:4 6:1 5:5 t:4 8:a a:2 h:3 l:1 4:7 t:55 4:18 6:3 5:9 6:1 5:2 h:1
t:2s 0:w 1:w 8:a a:9 t:c 4:8 t:2 4:1 t:2 4:8 t:1 4:2 t:1 4:o 6:6 t:1 6:2 t:2 5:2 6:1 5:1 4:1 6:1 4:1 6:1 5:1
h:3 t:9 8:a t:1y 4:8 t:2 4:13 6:3 5:4 t:2 5:2 6:4 5:1 4:1 h:1 4:1 6:1 t:r 4:1 5:a 4:14 5:6 6:1 4:1 5:4 h:8 5:1
t:8 4:1 5:6 6:2 5:3 4:1a 5:d 6:1 5:2 h:3 4:1 h:5 t:d 4:21 t:7 h:a t:2e 5:1 6:1 5:3 6:1 5:1 6:1 t:2g 4:x h:1
t:e 8:a t:6 4:9 t:1 4:11 6:1 5:7 t:1 5:6 6:1 5:1 4:1 h:5 t:a 8:a a:j t:3 h:2 4:u t:2 5:m t:1 6:1 5:7 6:1 5:2
6:1 5:2 t:21 4:7 t:1 4:2 t:1 4:12 5:6 t:3 5:1 t:1 5:2 t:1 5:7 4:1 5:1 t:8 8:a t:6 4:6 t:1 4:2 t:1 4:w 6:5 t:1
5:2 t:1 6:2 5:1 6:1 5:1 4:1 t:7 8:a t:6 4:15 3:1 4:2 t:4 8:a t:6u 4:j 5:2 6:2 h:2 t:7 5:2 4:1 6:1 4:d t:1 4:y
6:2 5:5 t:3 6:2 5:1 6:1 5:1 h:d 8:a 5:1 t:2d 4:1 t:f a:l l:8 j:4 l:h t:d h:1 4:pm t:2u 9:33 t:1 h:5 t:b 4:5g
t:218 4:2p h:2 t:d 4:ts q:g 5:1 4:6 5:f t:a 4:32z t:5 4:g7 t:5a1 4:u 5:c 6:3 5:3 8:a t:1c6 4:ft t:7 4:v t:1
8:a t:4 h:2 4:27 t:1 8:a t:6 4:u t:2 5:5 h:1 t:a 4:1c 5:7 h:5 l:4 3:4 h:1 l:1 t:a 8:a t:1 a:7 t:1 4:l t:5 4:j
t:c0 3:3 4:14 3:2 h:3 8:a t:5i 0:w 1:w a:n h:4 t:5 0:p t:2 1:p t:18 4:23 t:4 5:1 4:1 6:1j t:7 5:4 3:d t:1s 3:2
h:1 3:1 5:1 t:b 6:2 3:2 9:3 t:9 4:5p2 t:15 4:w t:2p 4:37 t:6pp 3:4 t:1 3:7 t:1 3:2 t:1 4:83 t:f 4:1 t:t 4:3
t:2 4:1 t:e 4:4 t:8 4:b0 t:1s4 4:2z t:5 4:d t:3 4:9 t:7 4:a t:2 l:1 5:2 h:1 q:4 t:318 l:6o 8:a l:3 t:3 l:c4
t:6 l:n t:f l:g i:1 t:f 5:1a t:2 5:n t:9 l:38 t:1o l:6u t:a l:13 t:2 l:1o 6:2 5:3 l:3 6:6 q:8 5:8 l:2 5:7 l:u
5:4 l:1p t:l l:1u 5:3 l:1 t:3e a:k t:c a:k t:c l:2f t:9 a:p t:3r 0:q 1:q 0:q 1:7 t:1 1:i 0:q 1:q 0:1 t:1 0:2
t:2 0:1 t:2 0:2 t:2 0:4 t:1 0:8 1:4 t:1 1:1 t:1 1:7 t:1 1:b 0:q 1:q 0:2 t:1 0:4 t:2 0:8 t:1 0:7 t:1 1:q 0:2
t:1 0:4 t:1 0:5 t:1 0:1 t:3 0:7 t:1 1:q 0:q 1:q 0:q 1:q 0:q 1:q 0:q 1:q 0:q 1:q 0:q 1:s t:2 0:p i:1 1:p i:1
1:6 0:p i:1 1:p i:1 1:6 0:p i:1 1:p i:1 1:6 0:p i:1 1:p i:1 1:6 0:p i:1 1:p i:1 1:6 0:1 1:1 t:2 8:1e l:e8 5:1j
l:4 5:1e l:8 5:1 l:e 5:1 l:2 h:5 t:f 5:5 t:1 5:f t:uo 1:a 4:1 1:k t:6 1:6 t:5x 5:7 t:1 5:h t:2 5:7 t:1 5:2 t:1
5:5 t:5 3:1q t:x 5:1 t:34 4:19 t:3 5:7 3:7 t:2 8:a t:4 4:1 l:1 t:8w 4:u 5:1 t:h 4:18 5:4 8:a t:5 j:1 t:cw 4:r
3:1 5:4 8:a t:5y 4:u 5:2 4:1 8:a t:4 h:1 t:5c 4:v t:1 4:3 5:1 4:2 5:1 4:7 5:2 4:5 5:1 t:8 4:1 3:1 t:68 4:7 t:1
4:4 t:1 4:2 t:1 4:f t:1 4:5h t:2 a:9 5:7 t:15 0:y 1:y 5:7 3:1 t:4 8:a t:4 h:2 t:lt a:1n l:1 a:3 j:1 a:4 t:24
a:19 l:1 a:f t:5e 4:4 t:1 4:r t:1 4:2 t:1 4:1 t:2 4:1 t:1 4:a t:1 4:4 t:1 4:1 t:1 4:1 t:6 4:1 t:4 4:1 t:1 4:1
t:1 4:1 t:1 4:3 t:1 4:2 t:1 4:1 t:2 4:1 t:1 4:1 t:1 4:1 t:1 4:1 t:1 4:1 t:1 4:2 t:1 4:1 t:2 4:4 t:1 4:7 t:1
4:4 t:1 4:4 t:1 4:1 t:1 4:a t:1 4:h t:5 4:3 t:1 4:5 t:1 4:h t:1g i:2 t:7i l:18 t:4 l:2s t:c l:f t:2 l:f t:1
l:f t:1 l:11 t:a a:d l:4h t:1k l:t t:d l:18 t:4 l:9 t:7 l:2 t:e l:6 t:4a l:6z k:5 l:k9 t:3 l:h t:3 l:d t:3
l:62 t:6 l:c t:4 l:1 t:f l:c t:4 l:1k t:8 l:a t:6 l:14 t:8 l:u t:2 l:c t:4 l:2 t:e i:9 t:13 l:9k t:8 l:e t:2
l:d t:3 l:b t:3 l:1l t:1 l:1 t:4 l:g t:2 l:c t:4 l:a t:7 l:43 t:1 l:2k 8:a l:1 t:sl 4:wyo t:w 4:3dq t:2 4:4ge
t:2 4:5rl t:f 4:ha t:1wi 4:f2 t:15u 4:3t7 t:5 4:6ju t:f5vr q:1 t:u q:2o t:3k 5:6o t:1e6o s:1eke t:2 s:1eke t:2
`;
var SCRIPT_NAMES = ["Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah", "Batak", "Bengali", "Beria_Erfe", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform", "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Garay", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Gurung_Khema", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "Sidetic", "SignWriting", "Sinhala", "Sogdian", "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Tai_Yo", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Todhri", "Tolong_Siki", "Toto", "Tulu_Tigalari", "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square"];
var SCRIPT_RUNS = `
p:1t 22:q p:6 22:q p:1b 22:1 p:f 22:1 p:5 22:n p:1 22:v p:1 22:ch p:13 22:5 p:5 d:2 p:k 1m:34 19:4 p:1 19:3 :2
19:4 p:1 19:1 :4 19:1 p:1 19:1 p:1 19:3 :1 19:1 :1 19:k :1 19:1r q:e 19:g u:3p 1m:2 u:4p :1 4:12 :2 4:1e :2
4:3 :1 1j:1j :8 1j:r :4 1j:6 :b 3:5 p:1 3:6 p:1 3:e p:1 3:3 p:1 3:w p:1 3:a 1m:b 3:q 1m:1 3:30 p:1 3:y 41:e :1
41:1o :2 41:3 3:1c 4d:1e :e 2x:1n :2 2x:3 3n:1a :2 3n:f :1 2d:s :2 2d:1 :1 41:b :5 3:y :5 3:23 p:1 3:t w:29
1m:4 w:f p:2 w:q a:4 :1 a:8 :2 a:2 :2 a:m :1 a:7 :1 a:1 :3 a:4 :2 a:9 :2 a:2 :2 a:4 :8 a:1 :4 a:2 :1 a:5 :2
a:p :2 1c:3 :1 1c:6 :4 1c:2 :2 1c:m :1 1c:7 :1 1c:2 :1 1c:2 :1 1c:2 :2 1c:1 :1 1c:5 :4 1c:2 :2 1c:3 :3 1c:1 :7
1c:4 :1 1c:1 :7 1c:h :a 1a:3 :1 1a:9 :1 1a:3 :1 1a:m :1 1a:7 :1 1a:2 :1 1a:5 :2 1a:a :1 1a:3 :1 1a:3 :2 1a:1
:f 1a:4 :2 1a:c :7 1a:7 :1 3c:3 :1 3c:8 :2 3c:2 :2 3c:m :1 3c:7 :1 3c:2 :1 3c:5 :2 3c:9 :2 3c:2 :2 3c:3 :7
3c:3 :4 3c:2 :1 3c:5 :2 3c:i :a 49:2 :1 49:6 :3 49:3 :1 49:4 :3 49:2 :1 49:1 :1 49:2 :3 49:2 :3 49:3 :3 49:c
:4 49:5 :3 49:3 :1 49:4 :2 49:1 :6 49:1 :e 49:l :5 4c:d :1 4c:3 :1 4c:n :1 4c:g :2 4c:9 :1 4c:3 :1 4c:4 :7
4c:2 :1 4c:3 :1 4c:2 :2 4c:4 :2 4c:a :7 4c:9 1r:d :1 1r:3 :1 1r:n :1 1r:a :1 1r:5 :2 1r:9 :1 1r:3 :1 1r:4 :7
1r:2 :5 1r:3 :1 1r:4 :2 1r:a :1 1r:3 :c 2c:d :1 2c:3 :1 2c:1f :1 2c:3 :1 2c:6 :4 2c:g :2 2c:q :1 3u:3 :1 3u:i
:3 3u:o :1 3u:9 :1 3u:1 :2 3u:7 :3 3u:1 :4 3u:6 :1 3u:1 :1 3u:8 :6 3u:a :2 3u:3 :c 4e:1m :4 p:1 4e:s :11 21:2
:1 21:1 :1 21:5 :1 21:o :1 21:1 :1 21:n :2 21:5 :1 21:1 :1 21:7 :1 21:a :2 21:4 :w 4f:20 :1 4f:10 :4 4f:13 :1
4f:10 :1 4f:f :1 4f:7 p:4 4f:2 :11 2r:4g 15:12 :1 15:1 :5 15:1 :2 15:17 p:1 15:4 1f:74 13:21 :1 13:4 :2 13:7
:1 13:1 :1 13:4 :2 13:15 :1 13:4 :2 13:x :1 13:4 :2 13:7 :1 13:1 :1 13:4 :2 13:f :1 13:1l :1 13:4 :2 13:1v :2
13:w :3 13:q :6 n:2e :2 n:6 :2 i:hs 30:t :3 3m:23 p:3 3m:b :7 42:m :9 42:1 1h:l p:2 :9 h:k :c 43:d :1 43:3 :1
43:2 :c 1x:2m :2 1x:a :6 1x:a :6 2o:2 p:2 2o:1 p:1 2o:k :6 2o:2h :7 2o:17 :5 i:1y :a 24:v :1 24:c :4 24:c :4
24:1 :3 24:c 44:u :2 44:5 :b 2v:18 :4 2v:q :6 2v:b :3 2v:2 1x:w g:s :2 g:2 45:1r :1 45:t :2 45:b :6 45:a :6
45:e :2 1m:1a :2 1m:c :k 6:25 :1 6:1e 3y:1s 9:1g :8 9:4 23:1k :3 23:f :3 23:3 31:1c u:b :5 15:17 :2 15:3 3y:8
:8 1m:3 p:1 1m:d p:1 1m:7 p:4 1m:1 p:6 1m:1 p:3 1m:2 p:1 :5 22:12 19:5 u:1 22:1d 19:5 22:4 19:5 22:d u:1 22:1y
19:1 1m:1s 22:74 19:m :2 19:6 :2 19:12 :2 19:6 :2 19:8 :1 19:1 :1 19:1 :1 19:1 :1 19:v :2 19:1h :1 19:f :1
19:e :2 19:6 :1 19:j :2 19:3 :1 19:9 :1 p:c 1m:2 p:2f :1 p:b 22:1 :2 p:b 22:1 p:f :1 22:d :3 p:y :e 1m:x :f
p:12 19:1 p:3 22:2 p:6 22:1 p:r 22:1 p:h 22:15 p:3 :4 p:ii :m p:b :l p:ps f:74 p:hg :2 p:3u 16:2o 22:w q:38 :5
q:7 15:12 :1 15:1 :5 15:1 :2 4g:1k :7 4g:2 :e 4g:1 13:n :9 13:7 :1 13:7 :1 13:7 :1 13:7 :1 13:7 :1 13:7 :1
13:7 :1 13:7 :1 u:w p:2m :y 1e:q :1 1e:2h :c 1e:5y :q p:l 1e:1 p:1 1e:1 p:p 1e:9 1m:4 1f:2 p:8 1e:4 p:4 :1
1k:2e :2 1m:2 p:2 1k:3 p:1 1s:2i p:2 1s:3 :5 d:17 :1 1f:2m :1 p:g d:w p:12 :9 p:1 1s:g 1f:v :1 p:1s 1f:v p:29
1s:1b p:1 1s:2g p:4o 1e:534 p:1s 1e:g74 4s:wd :3 4s:1j :9 27:1c 4n:8c :k u:2o 7:2g :8 p:y 22:2u p:3 22:2a :k
22:f 40:19 :3 p:a :6 3i:1k :8 3o:1y :8 3o:c :6 w:w 1u:1a p:1 1u:1 3l:10 :b 3l:1 1f:t :3 1p:26 :1 p:1 1p:a :4
1p:2 2r:v :1 m:1j :9 m:e :2 m:a :2 m:4 2r:w 46:1v :o 46:5 2i:n :a 13:6 :2 13:6 :2 13:6 :9 13:7 :1 13:7 :1
22:17 p:1 22:9 19:1 22:4 p:2 :4 n:28 2i:1a :2 2i:a :6 1f:8mc :c 1f:n :4 1f:1d :6is 1e:a6 :2 1e:2y :12 22:7 :c
4:5 :5 1j:q :1 1j:5 :1 1j:1 :1 1j:2 :1 1j:2 :1 1j:a 3:dq p:2 3:40 :w 3:g 1m:g p:a :6 1m:e u:2 p:z :1 p:j :1
p:4 :4 3:5 :1 3:3r :2 p:1 :1 p:w 22:q p:6 22:q p:b 1s:a p:1 1s:19 p:2 1f:v :3 1f:6 :2 1f:6 :2 1f:6 :2 1f:3 :3
p:7 :1 p:7 :a p:5 :2 26:c :1 26:q :1 26:j :1 26:2 :1 26:f :2 26:e :y 26:3f :5 p:3 :4 p:19 :3 p:9 19:27 :1 p:d
:3 19:1 :1b p:19 1m:1 :3m 28:t :3 j:1d :f 1m:1 p:r :4 34:10 :9 34:3 17:r :5 36:17 :5 4m:u :1 4m:1 37:10 :4
37:e :16 v:28 3q:1c 3e:u :2 3e:a :6 3d:10 :4 3d:10 :4 11:14 :8 k:1g :b k:1 4o:b :1 4o:f :1 4o:7 :1 4o:2 :1
4o:b :1 4o:f :1 4o:7 :1 4o:2 :3 4i:1g :c 25:8n :9 25:m :a 25:8 :o 22:6 :1 22:16 :1 22:9 :1x s:6 :2 s:1 :1 s:18
:1 s:2 :3 s:1 :2 s:1 1l:m :1 1l:9 3g:w 2s:v :8 2s:9 :1c 1i:j :1 1i:2 :5 1i:5 3j:s :3 3j:1 29:q :5 29:1 3s:q
:12 2l:w 2k:o :4 2k:k :2 2k:1a 1v:4 :1 1v:2 :5 1v:8 :1 1v:3 :1 1v:t :2 1v:3 :4 1v:a :7 1v:9 :7 39:w 35:w :w
2e:13 :4 2e:c :9 5:1i :3 5:7 1o:m :2 1o:8 1n:j :5 1n:8 3k:i :7 3k:4 :c 3k:7 :28 3a:21 :1j 33:1f :d 33:1f :7
33:6 1g:14 :8 1g:a :6 14:12 :3 14:t :8 14:2 :5s 3:v :1 4r:16 :1 4r:3 :2 4r:2 :g 3:6 :8 3:9 :x 3:6 38:14 :8
3v:16 :m 3b:q :12 o:s :k 12:n :9 e:26 :4 e:10 :9 e:1 1q:1v :a 1q:1 :2 3w:p :7 3w:a :6 l:1h :1 l:i :8 2a:13 :9
3p:2o :1 3u:k :b 1y:i :1 1y:1b :1q 2q:7 :1 2q:1 :1 2q:4 :1 2q:f :1 2q:b :6 1z:1n :5 1z:a :6 18:4 :1 18:8 :2
18:2 :2 18:m :1 18:7 :1 18:2 :1 18:5 :1 1m:1 18:9 :2 18:2 :2 18:3 :2 18:1 :6 18:1 :5 18:7 :2 18:7 :3 18:5 :b
4l:a :1 4l:1 :2 4l:1 :1 4l:12 :1 4l:a :1 4l:1 :2 4l:1 :1 4l:4 :1 4l:a :1 4l:2 :8 4l:2 :t 2w:2k :1 2w:5 :u
4h:20 :8 4h:a :4m 3r:1i :2 3r:12 :y 2n:1x :b 2n:a :6 2o:d :j 48:1m :6 48:a :6 2r:k :s 1:r :2 1:f :4 1:n :55
y:1o :2s 4q:2b :c 4q:1 x:7 :2 x:1 :2 x:8 :1 x:2 :1 x:u :1 x:2 :2 x:c :9 x:a :1y 2u:8 :2 2u:1a :2 2u:b :r 4t:20
:8 3x:2b :d i:g 3h:1l :7 w:a :2e 3p:8 :2g 3z:y :e 3z:a :6 c:9 :1 c:19 :1 c:e :a c:t :3 2f:w :2 2f:m :1 2f:e
:21 2g:7 :1 2g:2 :1 2g:18 :3 2g:1 :1 2g:2 :1 2g:9 :8 2g:a :6 1b:6 :1 1b:2 :1 1b:11 :1 1b:2 :1 1b:6 :7 1b:a :6
4j:18 :4 4j:a :6u 2b:p :7 1t:h :1 1t:15 :3 1t:t :2d 27:1 :f 49:1e :d 49:1 r:pm :2u r:33 :1 r:5 :b r:5g :218
t:2r :d 10:uu :a 10:32z :5 2:g7 :5a1 1d:1m :1c6 7:ft :7 2p:v :1 2p:a :4 2p:2 4a:27 :1 4a:a :6 8:u :2 8:6 :a
3f:1y :a 3f:a :1 3f:7 :1 3f:l :5 3f:j :c0 20:1m :5i 2h:2j :5 b:p :2 b:p :18 2m:23 :4 2m:1l :7 2m:h :1s 4b:1
2y:1 1e:2 1w:1 :b 1e:7 :9 4b:5c0 1w:d2 :15 1w:1 4b:v :2p 4b:37 :6pp 1s:4 :1 1s:7 :1 1s:2 :1 1s:1 1k:7z 1s:3 :f
1k:1 :t 1k:3 :2 1s:1 :e 1s:4 :8 2y:b0 :1s4 z:2z :5 z:d :3 z:9 :7 z:a :2 z:4 p:4 :318 p:71 :3 p:c4 :6 p:n :f
p:h :f 1m:1a :2 1m:n :9 p:38 :1o p:6u :a p:13 :2 p:1q 1m:3 p:h 1m:8 p:2 1m:7 p:u 1m:4 p:1p :l 19:1y :3e p:k :c
p:k :c p:2f :9 p:p :3r p:2d :1 p:1z :1 p:2 :2 p:1 :2 p:2 :2 p:4 :1 p:c :1 p:1 :1 p:7 :1 p:1t :1 p:4 :2 p:8 :1
p:7 :1 p:s :1 p:4 :1 p:5 :1 p:1 :3 p:7 :1 p:9g :2 p:84 :2 p:1e 3t:i4 :f 3t:5 :1 3t:f :uo 22:v :6 22:6 :5x 16:7
:1 16:h :2 16:7 :1 16:2 :1 16:5 :5 u:1q :x u:1 :34 2z:19 :3 2z:e :2 2z:a :4 2z:2 :8w 4k:v :h 4p:1m :5 4p:1 :cw
2t:16 :5y 32:17 :4 32:1 :5c 47:v :1 47:m :8 47:2 :68 13:7 :1 13:4 :1 13:2 :1 13:f :1 2j:5h :2 2j:g :15 0:24 :4
0:a :4 0:2 :lt p:1w :24 p:1p :5e 3:4 :1 3:r :1 3:2 :1 3:1 :2 3:1 :1 3:a :1 3:4 :1 3:1 :1 3:1 :6 3:1 :4 3:1 :1
3:1 :1 3:1 :1 3:3 :1 3:2 :1 3:1 :2 3:1 :1 3:1 :1 3:1 :1 3:1 :1 3:1 :1 3:2 :1 3:1 :2 3:4 :1 3:7 :1 3:4 :1 3:4
:1 3:1 :1 3:a :1 3:h :5 3:3 :1 3:5 :1 3:h :1g 3:2 :7i p:18 :4 p:2s :c p:f :2 p:f :1 p:f :1 p:11 :a p:4u :1k
p:q 1k:1 p:2 :d p:18 :4 p:9 :7 p:2 :e p:6 :4a p:rd :3 p:h :3 p:d :3 p:62 :6 p:c :4 p:1 :f p:c :4 p:1k :8 p:a
:6 p:14 :8 p:u :2 p:c :4 p:2 :e p:9 :13 p:9k :8 p:e :2 p:d :3 p:b :3 p:1l :1 p:1 :4 p:g :2 p:c :4 p:a :7 p:43
:1 p:2v :sl 1e:wyo :w 1e:3dq :2 1e:4ge :2 1e:5rl :f 1e:ha :1wi 1e:f2 :15u 1e:3t7 :5 1e:6ju :f5vr p:1 :u p:2o
:3k 1m:6o :47bk
`;
var SCRIPT_EXTENSIONS = `
53=5.j.q.z.11.15.16.17.19.1b.1e.22.29.2a.36.3q jg=a.u.w.22.27.4e.4k jr=d.22 jt-jv=d.22 jx=22.27 k7=22.4e
k9=d.22 lc=n.q.u.19.22.36.3z.44 ld=n.u.19.22.3d.3z.44.4i le=n.u.22.4g lf=16.22.3z.41.4e
lg=k.n.q.u.17.19.22.3d.41.4g.4i lh=q.11.16.17.1s.22 li=u.19.22.36.4g lj=q.z.1j.22.36.41.44.4g.4i
lk=4.u.z.17.19.1j.22.36.41.44.4g ll=22.4g lm=z.22.41 ln=n.u.22.3d lo=n.22.44 lp=22.3z lq=13.22 ls=22.3z
lt=u.22.4i lv=19.22.36.4i mb=n.z.1s.22.41.4g mc=n.z.22.41 md=22.41 ml=22.3z.41 mm=22.41 mo=n.22.41
mp=k.n.17.22.3z.41.4e n6=19 n9=19 ns=22.3d ny=k.22.4i o3-of=22 ok-ol=q.19 w3=u.36 w4=u.16 w5-w6=u.22 w7=u.16
13d=4.15.16 170=3.14.1g.2x.41.4d.4r 17f=3.14.1g.2x.41.4d.4r 17g=3.41.4d 17j=0.3.14.1g.2x.41.4d.4r
18g=0.3.1g.2d.2e.3b.3k.3v.41 18r-191=3.41 19c-19l=3.4d.4r 19s=3.41 1ck=3.1g
1u9=a.w.18.1a.1c.1r.22.2c.2u.2w.3c.3p.49.4c.4h 1ua=a.w.18.1a.1c.1r.22.2c.2w.3c.49.4c.4h
1us=a.w.y.18.1a.1b.1c.1r.1z.2a.2c.2g.2u.32.3c.3u.40.48.49.4c.4h
1ut=a.w.y.18.1a.1b.1c.1d.1r.1z.24.2a.2c.2g.2u.32.3c.3u.40.48.49.4c.4h 1uu-1v3=w.y.1q.2a 1ye-1yn=a.l.40
21y-227=1c.2q 25i-25r=1a.1y 2cm-2cz=18.49 2jq-2jz=1r.2u.4l 37k-37t=l.2r.44 3cr=15.16.22 4iz-4j1=3m
4l1-4l2=h.1h.42.43 4qq-4qr=2o.3i 4qt=2o.3i 5ow=a.w.18.1r 5ox=w 5oy=a.w.18.1r 5oz=w.18.1r 5p0=w
5p1=a.w.2w.4c.4h 5p2=a.w.4c 5p3=w.2w.3p 5p4=a.w.2w.4c 5p5=w.3p 5p6=w.1r.2c.3c.49.4c 5p7=w 5p8-5p9=w.3p
5pa-5pb=w 5pc=w.3p 5pd=a.w 5pe=w.2w.4h 5pf-5pk=w 5pl=w.2u.2w 5pm=a.w.3p 5pn=w.2w 5po=w 5pp=a.w.2w.3p 5pq-5pt=w
5pu=a.w.18.1r.2c.2u.3c.3u.4c.4h.4l 5pv=w.18 5pw=w.18.1r.4l 5px-5py=a.w 5pz=a 5q0-5q1=w.18 5q2=2u 5vk-5vl=19
5x4=u.22.41 5x6=41 6cv=22.2o.3i 6dr=0.3 6e2=j.15.16.28.33.3a 6e5=j.19.2l.33 6i8=w.18.22 93r=q.22 94g=5.3a
94h=5.j.15.1q.29.33.3n 94s=z 94x=0.3.33 94z=u.16 9gw-9hb=1e.4b 9hd=d.1e.1f.1k.1s.2o.4s
9he=d.1e.1f.1k.1s.2o.3i.4s 9hf=d.1e.1f.1k.1s 9hi=1e 9hk-9hl=d.1e.1f.1k.1s.2o.4f.4s
9hm-9hn=d.1e.1f.1k.1s.27.2o.4f.4s 9ho-9ht=d.1e.1f.1k.1s.4s 9hv=d.1e.1f.1k.1s 9hw-9i3=d.1e.1f.1k.1s.4s
9i4-9i7=d.1e.1f.1k.1s 9ii-9il=d.1e 9io=d.1e.1f.1k.1s 9ip-9it=1k.1s 9iv=d.1e.1f.1k.1s 9j0-9j1=1e.1k.1s
9j2-9j3=1e 9ll-9lo=1k.1s 9ls=1k.1s 9ob=d.1e.1f.1k.1s.4s 9oc=1k.1s 9sg-9sv=1e 9ts-9ut=1e 9v3=1e.4b 9wg-9xj=1e
9z4-a0g=1e a0w-a17=1e a2n=1e a54-a5s=1e a63-a67=1e a8w-a9q=1e wvj=u.16 wzk-wzr=1e.22
x80-x82=w.y.1a.1c.1q.1r.1y.1z.2a.2c.2n.2u.3p.48.4h.4l x83-x85=w.y.1a.1c.1q.1r.1y.1z.2a.2n.2u.3p.48.4h.4l
x86-x87=w.y.1a.1c.1q.1y.1z.2a.2n.48.4h x88=w.y.1a.1c.1q.1y.1z.2a.2n.3p.48.4h
x89=w.y.1a.1c.1q.1y.1z.2a.2n.48.4h xdd=a.w.4l xdf=w.49 xf2=1u.22.2r xjj=g.1p 1e0u-1e0v=3.2x 1e5u=3.4d
1e65=3.4d 1e85-1e86=d.1e.1f.1k.1s 1eg1-1eg5=d.1e.1f.1k.1s.4s 1egg=1k.1s 1ehq-1ehr=1k.1s 1erk-1erl=s.t.26
1erm=s.26 1err-1esz=s.25.26 1et3-1etb=s.26 1f4w-1f5n=3.q 1gqa=2e.3b 1ibl=18.49 1ibn=18.49 1id7-1id8=18.49
1kuo-1kup=18.49 1kur=18.49 2fts-2ftv=z 2kbk-2kc1=1e 2qfk-2qfl=1e
`;
var RTL_SCRIPT_NAMES = ["Adlam", "Arabic", "Avestan", "Chorasmian", "Cypriot", "Elymaic", "Garay", "Hanifi_Rohingya", "Hatran", "Hebrew", "Imperial_Aramaic", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Kharoshthi", "Lydian", "Mandaic", "Manichaean", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Nabataean", "Nko", "Old_Hungarian", "Old_North_Arabian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Palmyrene", "Phoenician", "Psalter_Pahlavi", "Samaritan", "Sidetic", "Sogdian", "Syriac", "Thaana", "Yezidi"];
var JOINING_TYPE_RUNS = `
:4t T:1 :gi T:34 :7n T:7 :7b T:19 :1 T:1 :1 T:2 :1 T:2 :1 T:1 :20 T:b :1 T:1 :3 D:1 :1 R:4 D:1 R:1 D:1 R:1 D:5
R:4 D:d C:1 D:7 R:1 D:2 T:l :e D:2 T:1 R:3 :1 R:3 D:g R:i D:12 R:1 D:2 R:9 D:1 R:1 D:1 R:1 D:2 R:2 :1 R:1 T:7
:2 T:6 :2 T:2 :1 T:4 R:2 :a D:3 :2 D:1 :f T:1 R:1 T:1 D:3 R:5 D:4 R:1 D:9 R:1 D:1 R:1 D:1 R:1 D:2 R:1 T:r :2
R:1 D:b R:3 D:f R:2 D:4 R:1 D:1 R:2 D:3 R:2 D:6 :12 T:b :p D:x T:9 :6 C:1 :2 T:1 :o T:4 :1 T:9 :1 T:3 :1 T:5
:i R:1 D:5 R:2 D:1 R:1 D:a R:1 D:1 R:3 T:3 :4 D:1 :1 D:4 :1 R:1 D:1 R:2 :5 R:j C:3 D:1 :2 D:5 R:1 D:1 :7 T:9
D:a R:3 :1 R:1 D:2 R:2 D:6 R:1 D:f :1 T:o :1 T:w :1j T:1 :1 T:1 :4 T:8 :4 T:1 :3 T:7 :a T:2 :t T:1 :1m T:1 :4
T:4 :8 T:1 :k T:2 :q T:1 :2 T:2 :1l T:1 :4 T:2 :4 T:2 :2 T:3 :3 T:1 :u T:2 :3 T:1 :b T:2 :1l T:1 :4 T:5 :1 T:2
:4 T:1 :k T:2 :m T:6 :1 T:1 :1m T:1 :2 T:1 :1 T:4 :8 T:1 :7 T:2 :b T:2 :u T:1 :1p T:1 :c T:1 :1e T:1 :3 T:1
:1j T:1 :1 T:3 :5 T:3 :1 T:4 :7 T:2 :b T:2 :t T:1 :1m T:1 :2 T:1 :6 T:1 :5 T:2 :k T:2 :s T:2 :1l T:2 :4 T:4 :8
T:1 :k T:2 :t T:1 :20 T:1 :7 T:3 :1 T:1 :2i T:1 :2 T:7 :c T:8 :2q T:1 :2 T:9 :b T:7 :21 T:2 :r T:1 :1 T:1 :1
T:1 :1j T:e :1 T:5 :1 T:2 :5 T:b :1 T:10 :9 T:1 :2u T:4 :1 T:6 :1 T:2 :2 T:2 :p T:2 :4 T:3 :g T:4 :d T:1 :2
T:2 :6 T:1 :f T:1 :jj T:3 :qa T:3 :t T:2 :u T:2 :u T:2 :1s T:2 :1 T:7 :8 T:1 :2 T:b :9 T:1 :15 D:1 :2 C:1 T:3
:1 T:1 :g D:2h :c T:2 D:y T:1 D:1 :39 T:3 :4 T:2 :9 T:1 :6 T:3 :63 T:2 :2 T:1 :1m T:1 :1 T:7 :1 T:1 :1 T:1 :2
T:8 :6 T:a :2 T:1 :1c T:1a :2 T:c :k T:4 :1c T:1 :1 T:5 :1 T:1 :5 T:1 :14 T:9 :c T:2 :w T:4 :2 T:2 :1 T:3 :1k
T:1 :1 T:2 :3 T:1 :1 T:3 :1m T:8 :2 T:2 :48 T:3 :1 T:d :1 T:7 :4 T:1 :6 T:1 :3 T:2 :5i T:1s :ej T:1 :1 C:1 T:2
:q T:5 :1d T:5 :5 T:6 :2o T:x :2da T:3 :3x T:1 :2o T:w :fe T:4 :2z T:2 :n9w T:4 :1 T:a :w T:2 :28 T:2 :7k T:1
:3 T:1 :4 T:1 :p T:2 :5 T:1 :j D:1e L:1 :29 T:2 :q T:i :d T:1 :12 T:8 :p T:b :1a T:3 :1c T:1 :2 T:4 :2 T:2 :13
T:1 :1v T:6 :2 T:2 :2 T:2 :c T:1 :8 T:1 :1b T:1 :1f T:1 :1 T:3 :2 T:2 :5 T:2 :1 T:1 :16 T:2 :8 T:1 :6m T:1 :2
T:1 :4 T:1 :fn4 T:1 :kh T:g :g T:g :5r T:1 :6x T:3 :e9 T:1 :6a T:1 :45 T:5 :1ae T:3 :1 T:2 :5 T:4 :14 T:3 :4
T:1 :3k D:5 R:1 :1 R:1 :1 R:2 :2 L:1 R:5 D:4 L:1 D:5 R:1 D:3 R:1 :2 R:1 T:2 :4 D:4 R:1 :40 D:1 R:1 D:1 R:3 D:3
R:1 D:2 R:1 D:1 R:2 D:1 R:1 :n R:4 D:2 :9d L:1 D:x R:1 D:1 T:4 :1t T:5 :8t T:2 :l R:1 D:2 :1 D:2 :1e T:6 :1c
D:3 R:1 D:h :1 T:b D:3 R:1 :r D:4 R:2 D:c T:4 :16 D:1 :1 D:2 R:3 :1 D:1 R:2 D:2 R:1 D:2 :1 D:1 R:2 D:1 :4 R:1
D:1 L:1 :1h T:1 :1i T:f :15 T:1 :2 T:2 :a T:3 :1d T:4 :2 T:2 :7 T:1 :1p T:3 :10 T:5 :1 T:8 :1q T:1 :c T:2 :1g
T:9 :a T:4 :2 T:1 :2n T:3 :2 T:1 :1 T:2 :6 T:1 :2 T:1 :4d T:1 :3 T:8 :l T:2 :1l T:2 :3 T:1 :11 T:7 :3 T:5 :1y
T:6 :d T:1 :1 T:1 :1 T:1 :e T:2 :2d T:8 :2 T:3 :1 T:1 :n T:1 :2c T:6 :1 T:1 :4 T:2 :1 T:2 :6m T:4 :6 T:2 :1
T:2 :r T:2 :2d T:8 :2 T:1 :1 T:2 :2y T:1 :1 T:1 :2 T:6 :1 T:1 :2t T:1 :1 T:1 :2 T:4 :1 T:5 :77 T:9 :1 T:2 :74
T:2 :1 T:1 :4 T:1 :40 T:4 :2 T:2 :4 T:1 :w T:a :14 T:6 :2 T:4 :8 T:1 :9 T:6 :2 T:3 :1a T:d :1 T:2 :5i T:1 :1
T:3 :1 T:1 :5l T:7 :1 T:6 :1 T:1 :2a T:m :2 T:7 :1 T:2 :1 T:2 :3e T:6 :3 T:1 :1 T:2 :1 T:7 :1 T:1 :20 T:2 :3
T:1 :1 T:1 :9n T:2 :b T:2 :1g T:5 :5 T:1 :1 T:1 :n T:1 :445 T:h :6 T:f :8ug T:c :3 T:3 :1xc T:5 :1n T:7 :t4
T:1 :1r T:4 :29 T:1 :f5k T:2 :1 T:4 :3mk T:1a :2 T:n :f4 T:3 :9 T:g :2 T:7 :u T:4 :44 T:3 :1iz T:1j :4 T:1e :8
T:1 :e T:1 :m T:5 :1 T:f :11s T:7 :1 T:h :2 T:7 :1 T:2 :1 T:5 :2s T:1 :4g T:7 :af T:1 :1p T:4 :e4 T:4 :72 T:2
:6r T:1 :2 T:1 :7 T:2 :5 T:1 :d6 T:7 :15 D:1w T:8 :gzat T:1 :u T:2o :3k T:6o :47bk
`;
var DEFAULT_IGNORABLE = `
4t nj 17g 3fj-3fk 4ok-4ol 4qz-4r3 6bv-6bz 6cq-6cu 6e8-6en 9r8 1e68-1e6n 1edb 1ehs 1ek0-1ek8 2fts-2ftv
2jxv-2jy2 jny8-jr3z
`;
var VIRAMA = `
1u5 1xp 219 24t 28d 2bx 2fh 2j1 2m3-2m4 2ml 2q2 2t6 2wq 32c 37d-37e 4k4-4k5 4l0 4pe 57k 5dw 5gq-5gr 5iq-5ir
8zj x6u x7w xc4 xg3 xj4 xrq xyl 1glb 1hs6 1htc 1htr 1hvd 1hyr-1hys 1i2o 1i5x 1iay 1idp 1iha-1ihc 1iki 1io2
1iv3 1iyn 1j1y 1j57 1jcp 1jjx-1jjy 1jog 1jqs 1jrb 1jtl 1k5b 1kck-1kcl 1kev 1kqp-1kqq 1xrj
`;
var COMPLEX_CONTEXT = `
2rl-2t6 2tc-2tq 2v5-2v6 2v8 2va-2ve 2vg-2w3 2w5 2w7-2wt 2ww-2x0 2x2 2x4-2xa 2xo-2xr 35s-37j 380-39r 3a2-3a7
4n4-4pf 4pj 4po-4pp 500-50t 50w-510 51c-52j 52o-53d 53y-53z 55s-57i 57k-58c 59c-59p xk0-xkf xkq-xku xnk-xqa
xqz-xr3 1j40-1j4q 1j4t-1j57 1j5m-1j5n 1j5r-1j5y
`;
var INDEPENDENT_VOWEL = `
1s4-1sk 1uo-1up 1v6-1vb 1vp-1vw 1vz-1w0 1w3-1w4 1y8-1y9 1z9-1ze 1zj-1zk 1zn-1zo 22t-231 233-235 237-238
25c-25d 26d-26k 26n-26o 26r-26s 28w-28x 29x-2a2 2a6-2a8 2aa-2ac 2dh-2do 2dq-2ds 2du-2dw 2g0-2g1 2h1-2h8
2ha-2hc 2he-2hg 2jk-2jl 2kl-2ks 2ku-2kw 2ky-2l0 2n3-2n5 2o5-2om 36p-36y 382-385 4jk-4jm 4kg-4ki 4lc-4le
4m8-4ma 4o3-4oj 571-576 5c5-5ci 5fn-5ft 5ic-5id x6o-x6p x6r-x6t xaa-xap xdq xhg-xhk xho-xhq xkw-xl1 xr4-xr5
xxq-xxr xxt 1hqd-1hqq 1htd-1hte 1htv-1hu4 1hxf-1hxi 1i0z-1i1c 1i4g-1i4n 1i68 1i80-1i83 1i9c-1i9l 1ibp-1ibw
1ibz-1ic0 1ic3-1ic4 1ie8-1ie9 1if4-1ifd 1iff 1ifi 1ifk-1ifl 1iio-1ij1 1im9-1imm 1itc-1itp 1ivs-1ivv 1iww-1ix9
1j0g-1j0p 1jb4-1jbd 1ji8-1jie 1jih 1jmo-1jmv 1jmy-1jn1 1k3k-1k3s 1k3u-1k3x 1kao-1kau 1kaw-1kax 1kaz 1kdc-1kdh
1kdj-1kdk 1kdm-1kdn 1kp0-1kpc 1xq8
`;
var DECOMPOSITION_RUNS = `
:4g v:1 :7 x:1 :1 s:1 :4 x:1 :2 s:2 x:1 v:1 :2 x:1 s:2 :1 v:3 :1 x:6 :1 x:9 :1 x:6 :2 x:5 :2 x:6 :1 x:9 :1 x:6
:2 x:5 :1 x:h :2 x:k :2 x:9 :1 x:6 :1 x:8 :2 x:7 :2 x:6 :2 x:i :2 x:n v:1 :w x:2 :d x:2 :j x:p :1 x:6 :2 x:g
:2 x:10 :2 x:2 :6 x:e :3g s:9 :v x:6 :2 s:5 :2j v:2 :1 v:1 c:1 :1b v:1 :5 x:1 :3 v:1 :5 x:3 v:1 x:3 :1 x:1 :1
x:3 :p x:7 :p x:5 :1 v:3 x:2 v:2 :p v:3 :1 v:2 :3 v:1 :6 x:2 :1 x:1 :3 x:1 :4 x:3 :a x:1 :v x:1 :m x:2 :1 x:1
:3 x:1 :4 x:3 :n x:2 :21 x:2 :d x:4 :2 x:2 :2 x:6 :2 x:6 :2 x:c :2 x:2 :3x c:1 :4a c:5 :26 c:4 :1z c:1 :1 c:1
:g c:1 :gl c:1 :7 c:1 :2 c:1 :z c:8 :2z c:2 :f c:2 :1 c:1 :2b c:1 :2 c:1 :y c:3 :2 c:1 :6h c:1 :2 c:2 :f c:2
:1i c:1 :1h c:3 :3f c:1 :3b c:1 :6 c:2 :1 c:2 :3i c:3 :3x c:1 :1 c:3 :2c c:1 :3j c:1 :14 c:2 :1a v:1 :1i c:1
:9 c:1 :4 c:1 :4 c:1 :4 c:1 :c c:1 :9 c:1 :1 c:5 :7 c:1 :h c:1 :9 c:1 :4 c:1 :4 c:1 :4 c:1 :c c:1 :30 c:1 :5x
s:1 :1zd c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :3 c:1 :14 c:1 :1 c:1 :2 c:2 :1 c:1 :dk s:3 :1 s:b :1 s:i :1 s:s :d
s:1 :y s:11 :1s x:4c :4 x:2i :6 x:m :2 x:6 :2 x:12 :2 x:6 :2 x:8 :1 x:1 :1 x:1 :1 x:1 :1 x:v :2 x:1h :1 x:8
v:1 x:6 :1 x:e :2 x:6 :1 x:i v:1 :2 x:3 :1 x:9 :1 v:b :6 v:1 :5 x:1 :c v:1 x:2 :8 v:1 :3 c:2 :1 c:2 :4 x:1 :1
x:1 :8 x:3 :d c:1 :7 v:1 :g s:2 :2 s:r :1 s:d :b x:1 :2f x:2 v:1 x:1 :1 x:2 v:1 :1 x:1 v:a :1 v:1 x:1 :2 v:5
:2 s:1 x:1 s:1 :1 v:1 :1 v:1 :1 v:1 :1 v:1 x:1 v:2 :1 v:3 :1 v:7 :1 x:1 v:5 :4 v:5 :6 v:h x:3 v:1 x:4 v:1 x:2
v:5 x:3 v:1 x:4 v:1 x:2 v:4 :9 v:1 :g x:2 :i x:1 :u x:3 :1g x:1 :4 x:1 :2 x:1 :n x:1 :1 x:1 :5 c:2 :1 c:2 :g
x:1 :2 x:1 :2 x:1 :1 x:1 :m x:1 :1 x:1 :a x:5 :2 x:2 :2 x:2 :6 x:2 :2 x:2 :2 x:2 :y x:4 :1c x:4 :6 x:4 :1n v:2
:8l v:k x:1u v:1h :10h x:1 :2v x:3 :2t x:1 :bj s:2 :6p s:1 :8f v:1 :2b v:1 :c v:5y :16 v:1 :1h v:1 :1 v:3 :h
c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :1 c:1 :2 c:1 :1 c:1 :1 c:1 :6 c:2
:1 c:2 :1 c:2 :1 c:2 :1 c:2 :m c:1 :6 x:2 :1 c:1 v:1 :c x:1 :1 x:1 :1 x:1 :1 x:1 :1 x:1 :1 x:1 :1 x:1 :1 x:1
:1 x:1 :1 x:1 :1 x:1 :1 x:1 :2 x:1 :1 x:1 :1 x:1 :6 x:2 :1 x:2 :1 x:2 :1 x:2 :1 x:2 :m x:1 :2 x:4 :3 x:1 v:1
:1d v:2m :3 s:e :2o x:v :1 x:10 v:4 :8 v:1b :1 v:1s x:c v:3w x:p v:33 x:v v:1 :mn0 s:2 :5u s:1 :3k s:4 :3 s:2
:o2 s:4 :9 s:1 :46 x:8mc :6l8 v:7i :2 v:1 :1 v:1 :2 v:a :1 v:1 :1 v:1 :2 v:2 :3 v:1w :2 v:2y :12 x:7 :c x:5 :5
x:1 :1 x:1 v:a x:d :1 x:5 :1 x:1 :1 x:2 :1 x:2 :1 x:a v:2q :x v:a3 :i v:1s :2 v:1i :14 v:d :j v:a :m v:l :2
v:2 x:4 v:6 :1 v:j :1 v:4 :4 v:3 :1 v:1 :1 v:3r :4 v:5a :3 v:6 :2 v:6 :2 v:6 :2 v:3 :3 v:7 :1 v:7 :15m x:1 :q
x:1 :bg s:5 :1 s:16 :1 s:9 :1r3 c:1 :1 c:1 :e c:1 :3m c:2 :ez c:2 :1i c:1 :1 c:1 :8 c:1 :2 c:1 :1f c:1 :1 c:2
:6q c:2 :1 c:1 :6z c:2 :os c:1 :e7c c:8 :2f3 c:3 :iuj v:10 :v8 c:7 :2e c:6 :fz v:2d :1 v:1z :1 v:2 :2 v:1 :2
v:2 :2 v:4 :1 v:c :1 v:1 :1 v:7 :1 v:1t :1 v:4 :2 v:8 :1 v:7 :1 v:s :1 v:4 :1 v:5 :1 v:1 :3 v:7 :1 v:9g :2
v:84 :2 v:1e :1m8 s:1q :2oi v:4 :1 v:r :1 v:2 :1 v:1 :2 v:1 :1 v:a :1 v:4 :1 v:1 :1 v:1 :6 v:1 :4 v:1 :1 v:1
:1 v:1 :1 v:3 :1 v:2 :1 v:1 :2 v:1 :1 v:1 :1 v:1 :1 v:1 :1 v:1 :1 v:2 :1 v:1 :2 v:4 :1 v:7 :1 v:4 :1 v:4 :1
v:1 :1 v:a :1 v:h :5 v:3 :1 v:5 :1 v:h :g4 x:b :5 x:r v:4 :1 v:w :q s:3 :z v:1 :33 v:3 :d v:18 :4 x:9 :7 v:2
:1we v:a :1ds6 v:f2 :jp42
`;
var INTENTIONAL = `
x~cj 1t~pd 1u~pe 1v~td 1x~ph 20~pj 21~pl 22~so 23~pm 25~po 26~pp 27~pr 28~pt 2b~sl 2c~pw 2g~pz 2h~px 2i~pi
2p~ts 2r~u9 2s~zl 2t~tx 2w~xn 2x~uu 2y~s3 33~qn 34~u8 37~ut 3c~ud 3d~ub 5i~yc 5s~7k 6e~yd 8o~u2 aq~sx b3~yg
bj~yw bt~pv d9~gp g5~pn gp~yh gr~qd h5~qh h6~y7 hh~yx ia~yp ih~tu ik~u5 pf~sz ps~tb q9~70a qh~703 qp~704
qx~705 tv~5ra u3~5rf u7~5rc 36l~37k 4o2~4o3 4s5~4t1 526~53k 52p~53l 56t~58g 56t~58w 5cd~5ea 5ch~5eb 5d4~5eg
5e8~5ek 5ql~u4 5qw~5rd 5qz~ua 8rr~wy 8rt~wq xjk~xja 1f9e~1fbl 1f9v~1fbn 1fa2~1kxk 1fgm~1fhc
`;

// src/text/ucd.ts
function decodeRuns(encoded, value) {
  const parts = encoded.trim().split(/\s+/);
  const starts = new Uint32Array(parts.length);
  const values = [];
  let at = 0;
  parts.forEach((p, i) => {
    const colon = p.lastIndexOf(":");
    starts[i] = at;
    values.push(value(p.slice(0, colon)));
    at += parseInt(p.slice(colon + 1), 36);
  });
  return { starts, values };
}
function bisect(starts, cp) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function lookup(table, cp) {
  return table.values[bisect(table.starts, cp)];
}
function decodeSet(encoded) {
  const starts = [0];
  const values = [false];
  for (const part of encoded.trim().split(/\s+/)) {
    const [a, b] = part.split("-");
    const from = parseInt(a, 36);
    const to = b === void 0 ? from : parseInt(b, 36);
    starts.push(from, to + 1);
    values.push(true, false);
  }
  return { starts: Uint32Array.from(starts), values };
}
function lazy(make) {
  let value;
  return () => value ??= make();
}
var gcTable = lazy(() => decodeRuns(GC_RUNS, (s) => GC_CODES[parseInt(s, 36)]));
var scriptTable = lazy(() => decodeRuns(SCRIPT_RUNS, (s) => s === "" ? "Unknown" : SCRIPT_NAMES[parseInt(s, 36)]));
var joiningTable = lazy(() => decodeRuns(JOINING_TYPE_RUNS, (s) => s));
var decompositionTable = lazy(() => decodeRuns(DECOMPOSITION_RUNS, (s) => s));
var ignorableSet = lazy(() => decodeSet(DEFAULT_IGNORABLE));
var viramaSet = lazy(() => decodeSet(VIRAMA));
var complexSet = lazy(() => decodeSet(COMPLEX_CONTEXT));
var independentVowelSet = lazy(() => decodeSet(INDEPENDENT_VOWEL));
var extensions = lazy(() => {
  const starts = [0];
  const values = [void 0];
  for (const part of SCRIPT_EXTENSIONS.trim().split(/\s+/)) {
    const [range, list] = part.split("=");
    const [a, b] = range.split("-");
    const from = parseInt(a, 36);
    const to = b === void 0 ? from : parseInt(b, 36);
    starts.push(from, to + 1);
    values.push(list.split(".").map((n) => SCRIPT_NAMES[parseInt(n, 36)]), void 0);
  }
  return { starts: Uint32Array.from(starts), values };
});
var intentional = lazy(() => {
  const map = /* @__PURE__ */ new Map();
  const add = (a, b) => (map.get(a) ?? map.set(a, []).get(a)).push(b);
  for (const pair of INTENTIONAL.trim().split(/\s+/)) {
    const [a, b] = pair.split("~").map((n) => parseInt(n, 36));
    add(a, b);
    add(b, a);
  }
  return map;
});
function generalCategory(cp) {
  return lookup(gcTable(), cp);
}
function scriptProperty(cp) {
  return lookup(scriptTable(), cp);
}
function scriptExtensions(cp) {
  return lookup(extensions(), cp) ?? [scriptProperty(cp)];
}
function joiningType(cp) {
  return lookup(joiningTable(), cp);
}
function isDefaultIgnorable(cp) {
  return lookup(ignorableSet(), cp);
}
function isVirama(cp) {
  return lookup(viramaSet(), cp);
}
function isComplexContext(cp) {
  return lookup(complexSet(), cp);
}
function isIndependentVowel(cp) {
  return lookup(independentVowelSet(), cp);
}
function decompositionClass(cp) {
  return lookup(decompositionTable(), cp);
}
function intentionalPartners(cp) {
  return intentional().get(cp) ?? [];
}
var RTL_SCRIPTS = new Set(RTL_SCRIPT_NAMES);

// src/text/scripts.ts
var NEUTRAL_SCRIPTS = /* @__PURE__ */ new Set(["Common", "Inherited"]);
var CJK_SCRIPTS = /* @__PURE__ */ new Set(["Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"]);
var ALLOWED_COMBINATIONS = [
  /* @__PURE__ */ new Set(["Latin", "Han", "Hiragana", "Katakana"]),
  /* @__PURE__ */ new Set(["Latin", "Han", "Bopomofo"]),
  /* @__PURE__ */ new Set(["Latin", "Han", "Hangul"])
];
function isMixedScript(scripts) {
  if (scripts.size <= 1) return false;
  return !ALLOWED_COMBINATIONS.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e5;
function scriptOf(cp) {
  if (cp < 128) {
    return cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 ? "Latin" : "Common";
  }
  let name = cache.get(cp);
  if (name === void 0) {
    name = scriptProperty(cp);
    if (cache.size < CACHE_LIMIT) cache.set(cp, name);
  }
  return name;
}

export {
  SCRIPT_NAMES,
  generalCategory,
  scriptExtensions,
  joiningType,
  isDefaultIgnorable,
  isVirama,
  isComplexContext,
  isIndependentVowel,
  decompositionClass,
  intentionalPartners,
  RTL_SCRIPTS,
  NEUTRAL_SCRIPTS,
  CJK_SCRIPTS,
  isMixedScript,
  scriptOf
};
